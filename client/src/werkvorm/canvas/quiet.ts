/**
 * While a relayout moves cards for new settings, the date sync must not re-date them: the werkvorm
 * store still holds the old layout then (it follows the control document a render later), and the
 * relayout keeps every date by construction.
 */
import type { Editor } from 'tldraw';

const quietEditors = new WeakSet<Editor>();

/** Runs `fn` with the canvas side effects of this module's siblings switched off. */
export function withCanvasEffectsQuiet<T>(editor: Editor, fn: () => T): T {
  if (quietEditors.has(editor)) return fn();
  quietEditors.add(editor);
  try {
    return fn();
  } finally {
    quietEditors.delete(editor);
  }
}

export function canvasEffectsQuiet(editor: Editor): boolean {
  return quietEditors.has(editor);
}
