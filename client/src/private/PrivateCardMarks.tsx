import '../styles/privateWriting.css';
import type { Editor } from 'tldraw';
import { useT } from '../i18n/useT';
import { CardBox } from '../components/CardOverlayLayer';
import { usePrivateWritingStore } from './privateWritingStore';

/**
 * A dashed outline and a "privé" label on each of this member's private cards, so nobody
 * mistakes them for cards the others see. Nobody else has them in their store at all.
 */
export function PrivateCardMarks({ editor }: { editor: Editor }) {
  const t = useT();
  const privateIds = usePrivateWritingStore((state) => state.privateIds);
  return [...privateIds].map((id) => (
    <CardBox key={id} editor={editor} shapeId={id} className="private-card">
      <span
        className="card-overlay__screen private-card__mark"
        title={t('private.markLabel')}
        data-testid="private-card-mark"
        data-shape-id={id}
      >
        {t('private.mark')}
      </span>
    </CardBox>
  ));
}
