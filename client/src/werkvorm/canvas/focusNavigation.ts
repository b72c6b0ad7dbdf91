/**
 * Moving this person's camera (nobody else's) to a part of the board or to all of it, and
 * remembering which one it was, so "next" and "previous" go on from there.
 */
import type { Editor } from 'tldraw';
import { useUiStore } from '../../state/uiStore';
import { useWerkvormStore } from '../werkvormStore';
import { fitBoard, fitBounds } from './boardCamera';
import { focusViews, stepView, type FocusView } from './focusViews';

/** A part is shown at most at 100 %: on a projector a pair of circles fills the screen. */
const VIEW_MAX_ZOOM = 1;

export function showView(editor: Editor, view: FocusView | null): void {
  useUiStore.getState().setFocusView(view?.id ?? null);
  if (view) fitBounds(editor, view.bounds, VIEW_MAX_ZOOM);
  else fitBoard(editor);
}

/** The next (1) or previous (-1) part of the open board, after the whole board comes the first. */
export function stepFocus(editor: Editor, direction: 1 | -1): void {
  const views = focusViews(useWerkvormStore.getState().layout);
  showView(editor, stepView(views, useUiStore.getState().focusView, direction));
}
