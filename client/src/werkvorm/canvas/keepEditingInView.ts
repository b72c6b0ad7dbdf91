/**
 * A card being written on stays fully on screen: when editing starts, when the card is tidied
 * into another place right after it was made (the historielijn's rows), when its form grows, and
 * when the on-screen keyboard takes the lower part of a phone's screen (the visual viewport
 * shrinks). Only this person's camera pans, at the zoom it has.
 */
import { react, type Editor, type TLShapeId } from 'tldraw';
import { useUiStore } from '../../state/uiStore';
import { shiftIntoView, type Rect } from './shiftIntoView';

/** Screen pixels kept free around the form, besides tldraw's menu bar and toolbar. */
const MARGIN = 12;
/** What tldraw's panels cover: its menu bar on top, its toolbar at the bottom (two rows on phones). */
const PANELS = { top: 44, bottom: 56, bottomPhone: 100 };
const PHONE_WIDTH = 640;

/** The part of the screen where a form can be read and typed in: the canvas, above the keyboard. */
function visibleArea(editor: Editor): Rect {
  const canvas = editor.getContainer().getBoundingClientRect();
  const viewport = window.visualViewport;
  const top = Math.max(canvas.top, viewport?.offsetTop ?? 0);
  const bottom = Math.min(
    canvas.bottom,
    viewport ? viewport.offsetTop + viewport.height : window.innerHeight,
  );
  const phone = canvas.width < PHONE_WIDTH;
  // The toolbar covers the canvas's bottom only while the keyboard does not cover it.
  const toolbar = bottom < canvas.bottom - 1 ? 0 : phone ? PANELS.bottomPhone : PANELS.bottom;
  return {
    top: top + PANELS.top + MARGIN,
    bottom: bottom - toolbar - MARGIN,
    left: canvas.left + MARGIN,
    right: canvas.right - MARGIN,
  };
}

function editingElement(editor: Editor, id: TLShapeId): Element | null {
  return editor
    .getContainer()
    .querySelector(`[data-shape-id="${CSS.escape(id)}"] .werkbord-card--editing`);
}

const PAN_MS = 150;

/** Pans so the card being edited (its whole form) is inside the visible area; whether it panned. */
function bringIntoView(editor: Editor): boolean {
  const id = editor.getEditingShapeId();
  const element = id && editingElement(editor, id);
  if (!element) return false;
  const { dx, dy } = shiftIntoView(element.getBoundingClientRect(), visibleArea(editor));
  if (Math.abs(dx) < 1 && Math.abs(dy) < 1) return false;
  const camera = editor.getCamera();
  editor.setCamera(
    { x: camera.x + dx / camera.z, y: camera.y + dy / camera.z, z: camera.z },
    { animation: { duration: PAN_MS } },
  );
  return true;
}

/** While the camera still moves (the zoom of `onEditStart`), look again this much later. */
const RETRY_MS = 120;
const RETRIES = 6;

/** Keeps the card being edited in view; returns the clean-up. */
export function registerKeepEditingInView(editor: Editor): () => void {
  let frame = 0;
  let timer = 0;
  // Two frames later: the form has rendered. A moving camera is waited for, a few times at most,
  // so a hand that pans on purpose is never fought for long.
  // A pan made while another animation still ran (a slow machine) may end short: once the pan
  // is over, one more look, which does not look again itself.
  const schedule = (retries = RETRIES, verify = true) => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        if (editor.getCameraState() === 'moving' && retries > 0) {
          timer = window.setTimeout(() => schedule(retries - 1, verify), RETRY_MS);
        } else if (bringIntoView(editor) && verify) {
          timer = window.setTimeout(() => schedule(RETRIES, false), PAN_MS + RETRY_MS);
        }
      });
    });
  };
  const stop = react('werkbord: keep editing in view', () => {
    const id = editor.getEditingShapeId();
    if (!id) return;
    // Re-run when the card moves or grows while it is being edited.
    editor.getShapePageBounds(id);
    schedule();
  });
  const viewport = window.visualViewport;
  const onViewport = () => {
    if (editor.getEditingShapeId()) schedule();
  };
  viewport?.addEventListener('resize', onViewport);
  window.addEventListener('resize', onViewport);
  // The chrome (a notice, the keyboard's effect on layout) can move the canvas too.
  const unsubscribe = useUiStore.subscribe(onViewport);
  return () => {
    stop();
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    viewport?.removeEventListener('resize', onViewport);
    window.removeEventListener('resize', onViewport);
    unsubscribe();
  };
}
