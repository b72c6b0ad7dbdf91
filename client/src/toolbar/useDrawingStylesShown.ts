/**
 * Whether tldraw's styles (colour, dash, fill, size) mean anything now: while a drawing tool is
 * in hand, or while something drawn is selected. A Werkbord card takes its colour from where it
 * lies and a relation has its own panel, so for them (and for an empty selection) the style
 * panel stays away instead of covering the board.
 */
import { ShapeType } from '@werkbord/shared';
import { useEditor, useValue, type Editor, type TLShapeId } from 'tldraw';

const WERKBORD_SHAPES: ReadonlySet<string> = new Set(Object.values(ShapeType));

function isDrawn(editor: Editor, id: TLShapeId): boolean {
  const shape = editor.getShape(id);
  if (!shape) return false;
  if (shape.type === 'group') {
    return editor.getSortedChildIdsForParent(id).some((child) => isDrawn(editor, child));
  }
  return !WERKBORD_SHAPES.has(shape.type);
}

export function drawingStylesShown(editor: Editor): boolean {
  const shapeType = editor.root.getCurrent()?.shapeType;
  if (shapeType) return !WERKBORD_SHAPES.has(shapeType);
  if (!editor.isIn('select')) return false;
  return editor.getSelectedShapeIds().some((id) => isDrawn(editor, id));
}

export function useDrawingStylesShown(): boolean {
  const editor = useEditor();
  return useValue('werkbord drawing styles shown', () => drawingStylesShown(editor), [editor]);
}
