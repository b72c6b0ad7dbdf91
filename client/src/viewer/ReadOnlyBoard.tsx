/**
 * A board that only shows: a read-only tldraw on a store of its own, holding given records, with
 * the werkvorm's background behind them and the camera on the whole board. Nothing is connected,
 * so nothing here can change a board. The momentopname viewer shows one, the comparison of two
 * boards two side by side.
 */
import { createContext, memo, use, useMemo } from 'react';
import {
  Box,
  Tldraw,
  createTLStore,
  useTldrawCurrentUser,
  type Editor,
  type TLComponents,
  type TLRecord,
} from 'tldraw';
import type { Layout, Werkvorm } from '@werkbord/shared';
import { useUiStore } from '../state/uiStore';
import { putValid } from '../sync/storeBinding';
import { ASSET_URLS } from '../tldraw/assetUrls';
import { BINDING_UTILS, SHAPE_UTILS } from '../shapes/boardShapes';
import { setOwnWerkvormView } from '../shapes/card/werkvormSignal';
import { registerZoomStyle } from '../werkvorm/canvas/zoomStyle';
import { LayoutSvg } from '../werkvorm/LayoutSvg';
import { exportBounds } from '../picture/boardSvg';
import 'tldraw/tldraw.css';
import '../styles/canvas.css';
import '../styles/cards.css';

const LayoutContext = createContext<Layout | null>(null);

/** The werkvorm background, in page coordinates like the live one. */
const Background = memo(function Background() {
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

const COMPONENTS = { OnTheCanvas: Background } satisfies TLComponents;

/**
 * Read-only, and the camera on the whole board (layout and cards) once the canvas has its size;
 * zoomed out, cards show their title large enough to read, as on the live board.
 */
function showWhole(layout: Layout) {
  return (editor: Editor) => {
    editor.updateInstanceState({ isReadonly: true });
    const { x, y, w, h } = exportBounds(editor, layout);
    requestAnimationFrame(() => editor.zoomToBounds(new Box(x, y, w, h), { inset: 16 }));
    return registerZoomStyle(editor);
  };
}

const ignorePreferences = () => {};

export interface ReadOnlyBoardProps {
  records: readonly TLRecord[];
  /** The board's own werkvorm and layout: its cards are read by them, not the open board's. */
  werkvorm: Werkvorm;
  layout: Layout;
}

/** Fills its parent, which gives it a size. */
export function ReadOnlyBoard({ records, werkvorm, layout }: ReadOnlyBoardProps) {
  const store = useMemo(() => {
    const created = createTLStore({ shapeUtils: SHAPE_UTILS, bindingUtils: BINDING_UTILS });
    setOwnWerkvormView(created, { werkvorm, layout });
    created.mergeRemoteChanges(() => putValid(created, [...records]));
    return created;
  }, [records, werkvorm, layout]);
  const onMount = useMemo(() => showWhole(layout), [layout]);
  // Cards speak the page's language (`shapes/card/cardText.ts` reads the editor's locale); a
  // viewer changes no preference of this browser's.
  const language = useUiStore((state) => state.language);
  const user = useTldrawCurrentUser({
    userPreferences: { id: 'werkbord-viewer', locale: language },
    setUserPreferences: ignorePreferences,
  });
  return (
    <LayoutContext value={layout}>
      <Tldraw
        store={store}
        user={user}
        assetUrls={ASSET_URLS}
        shapeUtils={SHAPE_UTILS}
        bindingUtils={BINDING_UTILS}
        components={COMPONENTS}
        onMount={onMount}
        autoFocus={false}
        hideUi
      />
    </LayoutContext>
  );
}
