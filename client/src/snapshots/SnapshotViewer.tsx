/**
 * A momentopname shown in place of the live board: a read-only tldraw on a store of its own,
 * with the snapshot's werkvorm background, clearly marked, and a way back to the live board.
 * Nothing here is connected: the snapshot cannot change. It covers the live board
 * (`components/canvasCover.ts`), which takes no input while it is shown; Escape goes back.
 */
import { useEffect, useRef } from 'react';
import { useCoverCanvas } from '../components/canvasCover';
import { useT } from '../i18n/useT';
import { ReadOnlyBoard } from '../viewer/ReadOnlyBoard';
import { useSnapshotsStore, type ViewedSnapshot } from './snapshotsStore';

export function SnapshotViewer({ viewing }: { viewing: ViewedSnapshot }) {
  const t = useT();
  const setViewing = useSnapshotsStore((state) => state.setViewing);
  useCoverCanvas();
  const { documents, info } = viewing;
  // Keyboard focus goes to the way back, so Escape and Enter work at once; not into the canvas.
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  return (
    <div
      className="snapshot-viewer"
      data-testid="snapshot-viewer"
      // It only catches Escape bubbling up from its own buttons (jsx-a11y's advice for that).
      role="presentation"
      onKeyDown={(event) => {
        if (event.key === 'Escape') setViewing(null);
      }}
    >
      <div className="snapshot-viewer__bar" role="status">
        <strong>{t('snapshots.viewing', { name: info.name })}</strong>
        <button
          type="button"
          className="button button--primary button--small"
          ref={back}
          onClick={() => setViewing(null)}
          data-testid="snapshot-back"
        >
          {t('snapshots.back')}
        </button>
      </div>
      <div className="snapshot-viewer__canvas">
        <ReadOnlyBoard
          records={documents.records}
          werkvorm={documents.side.werkvorm}
          layout={documents.side.layout}
        />
      </div>
    </div>
  );
}
