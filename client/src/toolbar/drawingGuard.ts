/**
 * Keeps "Tekenen uit voor deelnemers" true beyond the toolbar. The drawing tools and their keys
 * are gone (`boardTools.ts`), but tldraw has other ways to make a drawing shape: a double-click
 * on the empty canvas writes a text, pasting or dropping makes a text, picture or bookmark, and a
 * copy of the begeleider's arrow is a new arrow. While this person may not draw, such a shape is
 * taken out again in the same change, before it reaches the document [1]; a drawing tool still
 * in hand when drawing is switched off is put down.
 */
import { ShapeType } from '@werkbord/shared';
import type { Editor } from 'tldraw';
import { drawingSwitchedOffForMe, onDrawingSwitchChange } from './drawingPolicy';

/** What a deelnemer without drawing may still make: the werkvorm's cards and relations. */
const WERKVORM_SHAPES: ReadonlySet<string> = new Set([...Object.values(ShapeType), 'group']);

/** tldraw's tool states that draw (a geo shape's tool is `geo`). */
const DRAWING_STATES: ReadonlySet<string> = new Set([
  'draw',
  'highlight',
  'eraser',
  'laser',
  'arrow',
  'line',
  'text',
  'note',
  'frame',
  'geo',
]);

/** Registers the guard; returns its clean-up. */
export function registerDrawingGuard(editor: Editor): () => void {
  const stopShapes = editor.sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
    if (source !== 'user' || WERKVORM_SHAPES.has(shape.type) || !drawingSwitchedOffForMe()) return;
    editor.deleteShapes([shape.id]);
  });
  // A pasted picture's or bookmark's data: cards have none.
  const stopAssets = editor.sideEffects.registerAfterCreateHandler('asset', (asset, source) => {
    if (source !== 'user' || !drawingSwitchedOffForMe()) return;
    editor.deleteAssets([asset.id]);
  });
  const stopWatching = onDrawingSwitchChange(() => {
    if (!drawingSwitchedOffForMe() || !DRAWING_STATES.has(editor.getCurrentToolId())) return;
    editor.cancel();
    editor.setCurrentTool('select');
  });
  return () => {
    stopShapes();
    stopAssets();
    stopWatching();
  };
}

/*
 * [1] A created and removed record within one store change is no change at all: the store binding
 *     (`sync/storeBinding.ts`) hears nothing, so nothing is written and no one else sees a flash.
 *     The server does not check this setting: it is a focus aid, not a write right (see
 *     ARCHITECTURE.md, "Toolbar").
 */
