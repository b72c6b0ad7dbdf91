import { PrivateCardMarks } from '../private/PrivateCardMarks';
import { useUiStore } from '../state/uiStore';
import { CardOverlayLayer } from './CardOverlayLayer';
import { CardVotes } from './CardVotes';

/** Our marks on the cards of the open board: "privé" on private cards, the dots of a round. */
export function CardOverlays() {
  const editor = useUiStore((state) => state.editor);
  if (!editor) return null;
  return (
    <CardOverlayLayer editor={editor}>
      <PrivateCardMarks editor={editor} />
      <CardVotes editor={editor} />
    </CardOverlayLayer>
  );
}
