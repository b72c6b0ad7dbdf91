/**
 * The live board takes input only when the person is working on it.
 *
 * tldraw decides where keys and the clipboard go by one flag, the instance's `isFocused`: while it
 * is true, its shortcuts (Ctrl+A, Delete, Ctrl+Z, arrows, tool keys) listen on the whole page and
 * its copy/cut/paste handlers on the document. By default the flag stays true for good, so a
 * Delete pressed over a momentopname, a dialog or a side panel reached the live board behind it.
 * Two rules fix that at the flag itself:
 * 1. Focus follows the person: a pointer press or keyboard focus inside the editor's container
 *    focuses it, anywhere else blurs it (tldraw's own menus and popovers render inside it).
 * 2. While an overlay covers the board (`components/canvasCover.ts`), the flag cannot become true:
 *    a side effect on the instance record refuses it, whoever asks. The canvas element is inert
 *    meanwhile (see `BoardCanvas`), so no pointer or focus reaches it either.
 */
import type { Editor } from 'tldraw';
import { isCanvasCovered, useCanvasCoverStore } from '../components/canvasCover';

export function guardLiveCanvas(editor: Editor): () => void {
  const container = editor.getContainer();
  const document = container.ownerDocument;

  const stopFocusLock = editor.sideEffects.registerBeforeChangeHandler('instance', (prev, next) =>
    next.isFocused && !prev.isFocused && isCanvasCovered() ? { ...next, isFocused: false } : next,
  );

  const follow = (event: Event) => {
    const inside = event.target instanceof Node && container.contains(event.target);
    const focused = editor.getInstanceState().isFocused;
    if (inside && !focused) editor.focus({ focusContainer: false });
    if (!inside && focused) editor.blur({ blurContainer: false });
  };
  // Capture phase: decided before any handler of the press or the focus runs.
  document.addEventListener('pointerdown', follow, true);
  document.addEventListener('focusin', follow, true);

  const stopCoverWatch = useCanvasCoverStore.subscribe((state) => {
    if (state.covers.size > 0 && editor.getInstanceState().isFocused) editor.blur();
  });

  return () => {
    stopFocusLock();
    stopCoverWatch();
    document.removeEventListener('pointerdown', follow, true);
    document.removeEventListener('focusin', follow, true);
  };
}
