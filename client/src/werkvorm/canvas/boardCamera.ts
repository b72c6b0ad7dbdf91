/**
 * The editor side of `camera.ts`: open the board on its layout, and "Alles in beeld".
 *
 * The control document (and with it the real settings) can arrive a moment after the editor has
 * opened on the default layout. As long as nobody has moved the camera since we placed it, a new
 * layout in that first while places it again.
 */
import type { Bounds } from '@werkbord/shared';
import { Vec, type Editor } from 'tldraw';
import { useUiStore } from '../../state/uiStore';
import { useWerkvormStore } from '../werkvormStore';
import {
  boardBounds,
  fitCamera,
  openingCamera,
  sameCamera,
  type CameraTarget,
  type Viewport,
  type ZoomLimits,
} from './camera';

/** How long after opening a late layout may still move the camera. */
const SETTLING_MS = 10_000;
const FIT_ANIMATION_MS = 320;

function zoomLimits(editor: Editor): ZoomLimits {
  const steps = editor.getCameraOptions().zoomSteps;
  const base = editor.getBaseZoom();
  return { min: (steps[0] ?? 0.1) * base, max: (steps[steps.length - 1] ?? 8) * base };
}

/** Below this canvas width tldraw lays its UI out for phones (its `TABLET_SM` breakpoint). */
const PHONE_LAYOUT_WIDTH = 640;

/**
 * The canvas, and roughly what tldraw's panels cover of it: the menu bar on top, the toolbar at
 * the bottom (on phones two rows: the toolbar and the quick actions). While presenting there are
 * no panels.
 */
function viewport(editor: Editor): Viewport {
  const { w, h } = editor.getViewportScreenBounds();
  if (useUiStore.getState().presenting) return { w, h };
  const phone = w < PHONE_LAYOUT_WIDTH;
  return { w, h, insets: { top: 44, right: 0, bottom: phone ? 100 : 56, left: 0 } };
}

function contentBounds(editor: Editor) {
  return editor.getCurrentPageBounds() ?? null;
}

/** Zooms (animated) so the whole layout and every card are in view. */
export function fitBoard(editor: Editor): void {
  const { layout } = useWerkvormStore.getState();
  fitBounds(editor, boardBounds(layout, contentBounds(editor)));
}

/** Zooms (animated) so `bounds` (page space) fill the free part of the screen, up to `maxZoom`. */
export function fitBounds(editor: Editor, bounds: Bounds, maxZoom = Infinity): void {
  const limits = zoomLimits(editor);
  const target = fitCamera(bounds, viewport(editor), {
    min: limits.min,
    max: Math.min(limits.max, maxZoom),
  });
  editor.stopCameraAnimation();
  editor.setCamera(new Vec(target.x, target.y, target.z), {
    animation: { duration: FIT_ANIMATION_MS },
  });
}

function placeOpeningCamera(editor: Editor): CameraTarget {
  const { layout } = useWerkvormStore.getState();
  const target = openingCamera(layout, contentBounds(editor), viewport(editor), zoomLimits(editor));
  editor.setCamera(new Vec(target.x, target.y, target.z), { immediate: true });
  return editor.getCamera();
}

/** Places the opening camera; returns the clean-up. */
export function setUpOpeningCamera(editor: Editor): () => void {
  let placed = placeOpeningCamera(editor);
  const openedAt = Date.now();
  const unsubscribe = useWerkvormStore.subscribe((state, previous) => {
    if (state.layout === previous.layout) return;
    if (Date.now() - openedAt > SETTLING_MS) return unsubscribe();
    if (!sameCamera(editor.getCamera(), placed)) return unsubscribe();
    placed = placeOpeningCamera(editor);
  });
  return unsubscribe;
}
