/**
 * Between tldraw shapes and the plain cards the werkvormen reason about: read cards out of the
 * editor (through shared `cardsFromRecords`, so the client reads exactly what the harvest reads)
 * and apply the `CardMove`s a werkvorm returns back onto the shapes.
 */
import { cardsFromRecords, type BoardCard, type CardMove } from '@werkbord/shared';
import { Vec, type Editor, type TLShape, type TLShapePartial } from 'tldraw';
import { changedMoves } from './moves';

/** Every card on the current page, in page coordinates. */
export function boardCardsFromEditor(editor: Editor): BoardCard[] {
  return cardsFromRecords(editor.getCurrentPageShapes()).cards;
}

/**
 * The card one shape record is (or was: `shape` may be a record from before a change), or
 * `null` when it is no card. Its ancestors are passed along so a card in a frame gets page
 * coordinates.
 */
export function cardOfShape(editor: Editor, shape: TLShape): BoardCard | null {
  const ancestors = editor.getShape(shape.id) ? editor.getShapeAncestors(shape.id) : [];
  return cardsFromRecords([shape, ...ancestors]).cards.find((card) => card.id === shape.id) ?? null;
}

/** Sets props on a shape whose type this module does not know statically. */
export function shapePropsUpdate(shape: TLShape, props: Record<string, unknown>): TLShapePartial {
  return { id: shape.id, type: shape.type, props } as unknown as TLShapePartial;
}

/**
 * The shape updates for moves, made in page space: a card's bounds move by the move's offset,
 * whatever frame or rotation the shape has. Moves of unknown cards are skipped; `w` is set only on
 * shapes that have a `w` prop (our card shapes; tldraw's notes size themselves).
 */
export function shapeUpdatesForMoves(
  editor: Editor,
  cards: readonly BoardCard[],
  moves: readonly CardMove[],
): TLShapePartial[] {
  const byId = new Map(cards.map((card) => [card.id, card]));
  const updates: TLShapePartial[] = [];
  for (const move of changedMoves(cards, moves)) {
    const card = byId.get(move.id);
    const shape = editor.getShape(move.id as TLShape['id']);
    if (!card || !shape) continue;
    const origin = editor.getShapePageTransform(shape).point();
    const target = Vec.Add(origin, { x: move.x - card.x, y: move.y - card.y });
    const local = editor.getPointInParentSpace(shape, target);
    const hasWidth = typeof (shape.props as { w?: unknown }).w === 'number';
    updates.push({
      id: shape.id,
      type: shape.type,
      x: local.x,
      y: local.y,
      ...(move.w !== undefined && hasWidth ? { props: { w: move.w } } : {}),
    } as TLShapePartial);
  }
  return updates;
}

/** Applies moves to the shapes; returns how many shapes changed. */
export function applyCardMoves(
  editor: Editor,
  cards: readonly BoardCard[],
  moves: readonly CardMove[],
): number {
  const updates = shapeUpdatesForMoves(editor, cards, moves);
  if (updates.length > 0) editor.updateShapes(updates);
  return updates.length;
}
