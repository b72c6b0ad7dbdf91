/**
 * Cards and relations that stay readable when the board is zoomed out, on a projector at "Alles
 * in beeld" or on a phone: the editor's container carries the inverse zoom as one custom property,
 * from which the cards' titles and the relations' lines take their size in CSS (`cards.css`,
 * `relatie.css`), and an attribute that says when a card shows only its title. Both are written
 * when the zoom changes, never per pan, and the property in steps of 5 %, so a zoom animation
 * restyles the cards a handful of times rather than every frame.
 */
import { react, type Editor } from 'tldraw';

/** The custom property on the editor's container: 1 / zoom, in steps, from 1 to `MAX_INVERSE`. */
export const CANVAS_INVERSE_ZOOM = '--werkbord-inverse-zoom';
/** The attribute on the editor's container: `overview` while cards show their title only. */
export const CARD_DETAIL_ATTRIBUTE = 'data-card-detail';

/** Below this zoom a card's date, story and footer are too small to read: its title takes the room. */
export const OVERVIEW_ZOOM = 0.6;
/** Titles and lines stop growing beyond this inverse zoom (a quarter of the size). */
const MAX_INVERSE = 4;
const STEP = Math.log(1.05);

/** The inverse zoom rounded to 5 % steps and kept within [1, MAX_INVERSE]. */
export function steppedInverseZoom(zoom: number): number {
  const inverse = Math.min(Math.max(1 / Math.max(zoom, 1e-6), 1), MAX_INVERSE);
  const stepped = Math.exp(Math.round(Math.log(inverse) / STEP) * STEP);
  return Math.round(stepped * 1000) / 1000;
}

export function cardDetail(zoom: number): 'overview' | 'full' {
  return zoom < OVERVIEW_ZOOM ? 'overview' : 'full';
}

/** Keeps the container's property and attribute in step with the zoom; returns the clean-up. */
export function registerZoomStyle(editor: Editor): () => void {
  const container = editor.getContainer();
  let inverse = '';
  let detail = '';
  const stop = react('werkbord: zoom style', () => {
    const zoom = editor.getZoomLevel();
    const nextInverse = String(steppedInverseZoom(zoom));
    const nextDetail = cardDetail(zoom);
    if (nextInverse !== inverse) container.style.setProperty(CANVAS_INVERSE_ZOOM, nextInverse);
    if (nextDetail !== detail) container.setAttribute(CARD_DETAIL_ATTRIBUTE, nextDetail);
    inverse = nextInverse;
    detail = nextDetail;
  });
  return () => {
    stop();
    container.style.removeProperty(CANVAS_INVERSE_ZOOM);
    container.removeAttribute(CARD_DETAIL_ATTRIBUTE);
  };
}
