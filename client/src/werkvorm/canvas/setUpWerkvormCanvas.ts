/**
 * The werkvorm's runtime inside the editor, started once the editor exists (from `setUpEditor`):
 * the opening camera, the historielijn's date ↔ place sync, tidying after gestures, the sizes
 * that keep cards readable when zoomed out, and the card being written on kept in view.
 */
import type { Editor } from 'tldraw';
import { setUpOpeningCamera } from './boardCamera';
import { registerDateSync } from './dateSyncEffects';
import { registerKeepEditingInView } from './keepEditingInView';
import { registerTidying } from './tidyEffects';
import { registerZoomStyle } from './zoomStyle';

/** Returns the clean-up for unmount. */
export function setUpWerkvormCanvas(editor: Editor): () => void {
  const stopCamera = setUpOpeningCamera(editor);
  const tidier = registerTidying(editor);
  // A card moved to its new date may now cover another: tidy after that too.
  const stopDateSync = registerDateSync(editor, tidier.request);
  const stopZoomStyle = registerZoomStyle(editor);
  const stopKeepEditing = registerKeepEditingInView(editor);
  return () => {
    stopKeepEditing();
    stopZoomStyle();
    stopDateSync();
    tidier.dispose();
    stopCamera();
  };
}
