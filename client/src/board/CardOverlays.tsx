import { CardOverlayLayer } from '../components/CardOverlayLayer';
import { PrivateCardMarks } from '../private/PrivateCardMarks';
import { usePrivateWritingStore } from '../private/privateWritingStore';
import { useUiStore } from '../state/uiStore';
import { CardVotes } from '../voting/CardVotes';

/**
 * Our marks on the cards of the open board: "privé" on private cards, the dots of a round (none
 * on private cards: the server does not know them).
 */
export function CardOverlays() {
  const editor = useUiStore((state) => state.editor);
  const privateIds = usePrivateWritingStore((state) => state.privateIds);
  if (!editor) return null;
  return (
    <CardOverlayLayer editor={editor}>
      <PrivateCardMarks editor={editor} />
      <CardVotes editor={editor} notOnBoard={privateIds} />
    </CardOverlayLayer>
  );
}
