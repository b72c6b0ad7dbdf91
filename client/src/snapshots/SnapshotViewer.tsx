/**
 * A momentopname shown in place of the live board: a read-only tldraw on a store of its own,
 * with the snapshot's werkvorm background, clearly marked, and a way back to the live board.
 * Nothing here is connected: the snapshot cannot change. It covers the live board
 * (`components/canvasCover.ts`), which takes no input while it is shown; Escape goes back.
 */
import { createContext, memo, use, useEffect, useMemo, useRef } from 'react';
import { Box, Tldraw, createTLStore, type Editor, type TLComponents } from 'tldraw';
import { useCoverCanvas } from '../components/canvasCover';
import { exportBounds } from '../picture/boardSvg';
import { useT } from '../i18n/useT';
import { useUiStore } from '../state/uiStore';
import { putValid } from '../sync/storeBinding';
import { ASSET_URLS } from '../tldraw/assetUrls';
import { BINDING_UTILS, SHAPE_UTILS } from '../shapes/boardShapes';
import { LayoutSvg } from '../werkvorm/LayoutSvg';
import type { Layout } from '@werkbord/shared';
import { useSnapshotsStore, type ViewedSnapshot } from './snapshotsStore';

const LayoutContext = createContext<Layout | null>(null);

/** The snapshot's werkvorm background, in page coordinates like the live one. */
const SnapshotBackground = memo(function SnapshotBackground() {
  const layout = use(LayoutContext);
  const language = useUiStore((state) => state.language);
  if (!layout || layout.bounds.w <= 0 || layout.bounds.h <= 0) return null;
  const { x, y, w, h } = layout.bounds;
  return (
    <svg
      className="werkvorm-background"
      aria-hidden="true"
      style={{ left: x, top: y, width: w, height: h }}
      viewBox={`${x} ${y} ${w} ${h}`}
    >
      <LayoutSvg layout={layout} language={language} />
    </svg>
  );
});

const COMPONENTS = { OnTheCanvas: SnapshotBackground } satisfies TLComponents;

/** Read-only, and the camera on the whole board (layout and cards) once the canvas has its size. */
function showWhole(layout: Layout) {
  return (editor: Editor) => {
    editor.updateInstanceState({ isReadonly: true });
    const { x, y, w, h } = exportBounds(editor, layout);
    requestAnimationFrame(() => editor.zoomToBounds(new Box(x, y, w, h), { inset: 16 }));
  };
}

export function SnapshotViewer({ viewing }: { viewing: ViewedSnapshot }) {
  const t = useT();
  const setViewing = useSnapshotsStore((state) => state.setViewing);
  useCoverCanvas();
  const { documents, info } = viewing;
  const store = useMemo(() => {
    const created = createTLStore({ shapeUtils: SHAPE_UTILS, bindingUtils: BINDING_UTILS });
    created.mergeRemoteChanges(() => putValid(created, documents.records));
    return created;
  }, [documents]);
  const onMount = useMemo(() => showWhole(documents.side.layout), [documents]);
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
        <LayoutContext value={documents.side.layout}>
          <Tldraw
            store={store}
            assetUrls={ASSET_URLS}
            shapeUtils={SHAPE_UTILS}
            bindingUtils={BINDING_UTILS}
            components={COMPONENTS}
            onMount={onMount}
            autoFocus={false}
            hideUi
          />
        </LayoutContext>
      </div>
    </div>
  );
}
