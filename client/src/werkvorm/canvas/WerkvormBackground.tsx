/**
 * The werkvorm's background (tijdbalk, walls, rings, circles) on the canvas, in page coordinates
 * behind every shape. Mounted in tldraw's `OnTheCanvas` slot, which lives inside the layer the
 * camera transforms: panning and zooming move it without a React render, and as one vector SVG it
 * stays sharp at every zoom. It is not a shape, so nobody can select, move or delete it.
 */
import { memo, useRef } from 'react';
import { useEditor, useQuickReactor } from 'tldraw';
import { useUiStore } from '../../state/uiStore';
import { LayoutSvg } from '../LayoutSvg';
import { useWerkvormStore } from '../werkvormStore';
import { INVERSE_ZOOM_PROPERTY } from './labelSizing';

export const WerkvormBackground = memo(function WerkvormBackground() {
  // Re-renders only when the layout (settings) or the language changes, never per camera frame.
  const layout = useWerkvormStore((state) => state.layout);
  const werkvormId = useWerkvormStore((state) => state.werkvorm.id);
  const language = useUiStore((state) => state.language);
  const editor = useEditor();
  const svg = useRef<SVGSVGElement>(null);
  // Zone labels grow as the zoom shrinks (see labelSizing): one style property, written when the
  // zoom changes (not when the camera pans), without a React render.
  useQuickReactor(
    'werkvorm background zoom',
    () => {
      const zoom = editor.getZoomLevel();
      svg.current?.style.setProperty(INVERSE_ZOOM_PROPERTY, String(1 / zoom));
    },
    [editor],
  );
  const { x, y, w, h } = layout.bounds;
  // A blank board has an empty layout: the element stays (tests and styles find the werkvorm).
  const empty = w <= 0 || h <= 0;
  return (
    <svg
      ref={svg}
      className="werkvorm-background"
      data-testid="werkvorm-background"
      data-werkvorm={werkvormId}
      aria-hidden="true"
      // Positioned at its bounds in page space; the viewBox maps page units one to one.
      style={{ left: x, top: y, width: w, height: h, display: empty ? 'none' : undefined }}
      viewBox={empty ? undefined : `${x} ${y} ${w} ${h}`}
    >
      <LayoutSvg layout={layout} language={language} />
    </svg>
  );
});
