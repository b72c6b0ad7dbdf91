/**
 * The whole board as one SVG: the werkvorm background (which lives in tldraw's OnTheCanvas slot
 * and is not part of tldraw's export) under tldraw's SVG of all shapes, both in page coordinates.
 */
import { unionBounds, type Bounds, type Language, type Layout } from '@werkbord/shared';
import { Box, type Editor } from 'tldraw';
import { LayoutSvg } from '../werkvorm/LayoutSvg';
import { CARD_SVG_FONT } from './exportFonts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Room around the content, so cards at the edge are not cut. */
const MARGIN = 40;

export interface BoardSvg {
  svg: string;
  width: number;
  height: number;
}

/** The area of the page to export: the layout and every shape. */
export function exportBounds(editor: Editor, layout: Layout): Bounds {
  const rects: Bounds[] = [];
  if (layout.bounds.w > 0 && layout.bounds.h > 0) rects.push(layout.bounds);
  const shapes = editor.getCurrentPageBounds();
  if (shapes) rects.push({ x: shapes.x, y: shapes.y, w: shapes.w, h: shapes.h });
  if (rects.length === 0) return { x: 0, y: 0, w: 800, h: 600 };
  return unionBounds(rects, MARGIN);
}

async function layoutMarkup(layout: Layout, language: Language): Promise<string> {
  // Loaded on demand: only exports need a React renderer to a string.
  const { renderToStaticMarkup } = await import('react-dom/server');
  return renderToStaticMarkup(
    <svg xmlns={SVG_NS}>
      {/* On the canvas the layout's texts inherit the page font; a standalone SVG must say it. */}
      <g fontFamily={CARD_SVG_FONT}>
        <LayoutSvg layout={layout} language={language} />
      </g>
    </svg>,
  );
}

/** The board as a standalone SVG document string, white background, in page coordinates. */
export async function boardSvg(
  editor: Editor,
  layout: Layout,
  language: Language,
): Promise<BoardSvg> {
  const bounds = exportBounds(editor, layout);
  const { x, y, w, h } = bounds;
  const parser = new DOMParser();
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('viewBox', `${x} ${y} ${w} ${h}`);
  root.setAttribute('width', String(Math.round(w)));
  root.setAttribute('height', String(Math.round(h)));

  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of Object.entries({ x, y, width: w, height: h, fill: '#ffffff' }))
    background.setAttribute(name, String(value));
  root.appendChild(background);

  const layoutDoc = parser.parseFromString(await layoutMarkup(layout, language), 'image/svg+xml');
  for (const child of Array.from(layoutDoc.documentElement.childNodes))
    root.appendChild(document.importNode(child, true));

  const ids = [...editor.getCurrentPageShapeIds()];
  if (ids.length > 0) {
    const shapes = await editor.getSvgString(ids, {
      bounds: new Box(x, y, w, h),
      padding: 0,
      background: false,
      darkMode: false,
    });
    if (shapes) {
      const inner = parser.parseFromString(shapes.svg, 'image/svg+xml').documentElement;
      // Same bounds, so the nested SVG maps page coordinates one to one onto ours.
      inner.setAttribute('x', String(x));
      inner.setAttribute('y', String(y));
      inner.setAttribute('width', String(w));
      inner.setAttribute('height', String(h));
      inner.removeAttribute('style');
      root.appendChild(document.importNode(inner, true));
    }
  }
  return { svg: new XMLSerializer().serializeToString(root), width: w, height: h };
}
