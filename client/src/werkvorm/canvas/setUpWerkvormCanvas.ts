/**
 * The werkvorm's runtime inside the editor, started once the editor exists (from `setUpEditor`):
 * the opening camera, tidying after gestures, the sizes that keep cards readable when zoomed out,
 * the card being written on kept in view, and the running werkvorm's own canvas effects (the
 * historielijn's date ↔ place sync), swapped when the board's werkvorm arrives or changes.
 */
import type { Editor } from 'tldraw';
import { setUpOpeningCamera } from './boardCamera';
import { useWerkvormStore } from '../werkvormStore';
import { registerKeepEditingInView } from './keepEditingInView';
import { registerTidying } from './tidyEffects';
import { registerZoomStyle } from './zoomStyle';

/** Returns the clean-up for unmount. */
export function setUpWerkvormCanvas(editor: Editor): () => void {
  const stopCamera = setUpOpeningCamera(editor);
  const tidier = registerTidying(editor);
  // A card the werkvorm moved (to its new date, say) may now cover another: tidy after that too.
  const startOwnEffects = () =>
    useWerkvormStore.getState().client.canvasEffects?.(editor, tidier.request) ?? (() => {});
  let stopOwnEffects = startOwnEffects();
  const stopFollowing = useWerkvormStore.subscribe((state, previous) => {
    if (state.client === previous.client) return;
    stopOwnEffects();
    stopOwnEffects = startOwnEffects();
  });
  const stopZoomStyle = registerZoomStyle(editor);
  const stopKeepEditing = registerKeepEditingInView(editor);
  return () => {
    stopKeepEditing();
    stopZoomStyle();
    stopFollowing();
    stopOwnEffects();
    tidier.dispose();
    stopCamera();
  };
}
