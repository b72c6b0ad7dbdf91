/** Which card is being edited, per shape, so only that card re-renders when editing starts. */
import { createComputedCache, type Editor, type TLShape, type TLShapeId } from 'tldraw';

const editingCache = createComputedCache(
  'werkbord: card is editing',
  (editor: Editor, shape: TLShape) => editor.getEditingShapeId() === shape.id,
);

/** Whether the shape is in tldraw's editing state. Reactive inside tldraw's tracking. */
export function isCardEditing(editor: Editor, id: TLShapeId): boolean {
  return editingCache.get(editor, id) ?? false;
}
