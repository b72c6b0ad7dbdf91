/**
 * Presentation: only the board, for the projector. The chrome, tldraw's panels and the side panels
 * step aside (`presentation.css`), the page asks for full screen where the browser allows it, and
 * the board is fitted to the whole screen. `P` starts and stops it, Escape stops it, and so does
 * leaving full screen the browser's way. While presenting, Page Down and Page Up (what a
 * presenter's clicker sends) step through the parts of the board, Home shows all of it.
 */
import type { Editor } from 'tldraw';
import { isCanvasCovered } from '../components/canvasCover';
import { useUiStore } from '../state/uiStore';
import { fitBoard } from '../werkvorm/canvas/boardCamera';
import { showView, stepFocus } from '../werkvorm/canvas/focusNavigation';

/** Whether this page asked for full screen, so leaving it ends the presentation (and only then). */
let ownFullscreen = false;

export function startPresenting(): void {
  useUiStore.getState().setPresenting(true);
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().then(
    () => {
      ownFullscreen = true;
    },
    // Refused (no gesture, a frame, a browser setting): presenting works in the window too.
    () => {},
  );
}

export function stopPresenting(): void {
  useUiStore.getState().setPresenting(false);
  if (ownFullscreen && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  ownFullscreen = false;
}

export function togglePresenting(): void {
  if (useUiStore.getState().presenting) stopPresenting();
  else startPresenting();
}

/** The browser left full screen (its own Escape, F11): the presentation ends with it. */
export function onFullscreenChange(): void {
  if (document.fullscreenElement || !ownFullscreen) return;
  ownFullscreen = false;
  if (useUiStore.getState().presenting) useUiStore.getState().setPresenting(false);
}

/** Typing goes to the field, not to the shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return (
    !!element &&
    (element.isContentEditable ||
      ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) ||
      !!element.closest('dialog'))
  );
}

/** `P` toggles, Escape stops; never while typing, editing a card, covered, or with a modifier held. */
export function presentationKey(event: KeyboardEvent, editor: Editor | null): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
  // A momentopname or a dialog in front of the board has the keys (the body has the focus after a
  // click on a dialog's text, so the target alone does not tell).
  if (isCanvasCovered()) return false;
  if (isTyping(event.target) || editor?.getEditingShapeId()) return false;
  const { presenting } = useUiStore.getState();
  if (event.key === 'Escape' && presenting) {
    stopPresenting();
    return true;
  }
  if ((event.key === 'p' || event.key === 'P') && !event.shiftKey) {
    togglePresenting();
    return true;
  }
  if (!presenting || !editor) return false;
  // Arrows move selected cards; with nothing selected they step too.
  const free = editor.getSelectedShapeIds().length === 0;
  if (event.key === 'PageDown' || (free && event.key === 'ArrowRight')) stepFocus(editor, 1);
  else if (event.key === 'PageUp' || (free && event.key === 'ArrowLeft')) stepFocus(editor, -1);
  else if (event.key === 'Home') showView(editor, null);
  else return false;
  return true;
}

/** After the chrome came or went: the canvas changed size, so measure it and fit the board. */
export function fitAfterLayout(editor: Editor): () => void {
  let second = 0;
  const first = requestAnimationFrame(() => {
    second = requestAnimationFrame(() => {
      editor.updateViewportScreenBounds(editor.getContainer());
      fitBoard(editor);
    });
  });
  return () => {
    cancelAnimationFrame(first);
    cancelAnimationFrame(second);
  };
}
