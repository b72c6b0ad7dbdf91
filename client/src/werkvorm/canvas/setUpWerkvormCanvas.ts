/**
 * The werkvorm's runtime inside the editor, started once the editor exists (from `setUpEditor`):
 * the opening camera, the historielijn's date ↔ place sync, and tidying after gestures.
 */
import type { Editor } from 'tldraw';
import { setUpOpeningCamera } from './boardCamera';
import { registerDateSync } from './dateSyncEffects';
import { registerTidying } from './tidyEffects';

/** Returns the clean-up for unmount. */
export function setUpWerkvormCanvas(editor: Editor): () => void {
  const stopCamera = setUpOpeningCamera(editor);
  const tidier = registerTidying(editor);
  // A card moved to its new date may now cover another: tidy after that too.
  const stopDateSync = registerDateSync(editor, tidier.request);
  return () => {
    stopDateSync();
    tidier.dispose();
    stopCamera();
  };
}
