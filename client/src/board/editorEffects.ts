/** What the board's features start inside the editor, in this order (`tldraw/editorSetup.ts`). */
import { registerAnonymousCards } from '../shapes/card/anonymousCards';
import { registerCardAuthorship } from '../shapes/card/cardAuthorship';
import { useUiStore } from '../state/uiStore';
import type { EditorEffect } from '../tldraw/editorSetup';
import { registerDrawingGuard } from '../toolbar/drawingGuard';
import { setUpWerkvormCanvas } from '../werkvorm/canvas/setUpWerkvormCanvas';

export const EDITOR_EFFECTS: readonly EditorEffect[] = [
  // The werkvorm's runtime: the opening camera on its layout (at most 100%), its own effects, tidying.
  setUpWerkvormCanvas,
  // "Anoniem schrijven" first: authorship asks it whether to write a name.
  registerAnonymousCards,
  (editor) => registerCardAuthorship(editor, () => useUiStore.getState().identity.name),
  // "Tekenen uit voor deelnemers" also for double-clicks, pasting and copies.
  registerDrawingGuard,
];
