import { findZone, zoneBounds, type Bounds, type Layout } from '@werkbord/shared';
import type { Editor } from 'tldraw';

/** Below this zoom a card's text is no longer readable; a wide zone on a phone is shown in part. */
const READABLE_ZOOM = 0.45;
/** Screen pixels kept free around the zone (tldraw's own default inset is similar). */
const INSET = 32;

export interface ScreenSize {
  w: number;
  h: number;
}

/**
 * What to show of a zone: all of it when that stays readable, else its top-left part (where a
 * zone's label and prompts are) as large as the screen holds at a readable zoom.
 */
export function readablePart(zone: Bounds, screen: ScreenSize, minZoom = READABLE_ZOOM): Bounds {
  const w = Math.max(1, screen.w - 2 * INSET) / minZoom;
  const h = Math.max(1, screen.h - 2 * INSET) / minZoom;
  return { x: zone.x, y: zone.y, w: Math.min(zone.w, w), h: Math.min(zone.h, h) };
}

/**
 * Moves this person's camera (nobody else's) to a zone of the background, at most at 100%.
 * Returns whether the layout has that zone.
 */
export function zoomToZone(editor: Editor, layout: Layout, zoneId: string): boolean {
  const zone = findZone(layout, zoneId);
  if (!zone) return false;
  const screen = editor.getViewportScreenBounds();
  editor.zoomToBounds(readablePart(zoneBounds(zone), screen), {
    targetZoom: 1,
    inset: INSET,
    animation: { duration: 400 },
  });
  return true;
}
