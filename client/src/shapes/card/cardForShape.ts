/** The `BoardCard` of a card shape in an editor, at its position on the page. */
import type { BoardCard } from '@werkbord/shared';
import { isPageId, type Editor } from 'tldraw';
import type { CardShape } from './cardShapes';
import { shapeToCard } from './shapeToCard';

/**
 * Reactive when called inside tldraw's tracking: it reads the shape's page transform, so a card
 * inside a frame follows the frame.
 */
export function cardForShape(editor: Editor, shape: CardShape): BoardCard {
  if (isPageId(shape.parentId)) return shapeToCard(shape);
  const transform = editor.getShapePageTransform(shape);
  const { x, y } = transform.point();
  return shapeToCard(shape, { x, y, rotation: transform.rotation() });
}
