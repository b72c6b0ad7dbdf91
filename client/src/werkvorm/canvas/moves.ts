/** Pure bookkeeping of `CardMove`s: which ones change anything, and chaining two sets. */
import type { BoardCard, CardMove } from '@werkbord/shared';

/** Below this a move is rounding noise, not worth a store write (and a sync message). */
const EPSILON = 0.01;

function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > EPSILON;
}

/** The moves that change their card: a known card, and another x, y or w. */
export function changedMoves(cards: readonly BoardCard[], moves: readonly CardMove[]): CardMove[] {
  const byId = new Map(cards.map((card) => [card.id, card]));
  return moves.filter((move) => {
    const card = byId.get(move.id);
    if (!card) return false;
    return (
      differs(move.x, card.x) ||
      differs(move.y, card.y) ||
      (move.w !== undefined && differs(move.w, card.w))
    );
  });
}

/** The cards after the moves. */
export function applyMovesToCards(
  cards: readonly BoardCard[],
  moves: readonly CardMove[],
): BoardCard[] {
  const byId = new Map(moves.map((move) => [move.id, move]));
  return cards.map((card) => {
    const move = byId.get(card.id);
    return move ? { ...card, x: move.x, y: move.y, w: move.w ?? card.w } : card;
  });
}

/** One move per card doing `first` and then `second` (a later move of a card wins its x and y). */
export function chainMoves(first: readonly CardMove[], second: readonly CardMove[]): CardMove[] {
  const byId = new Map<string, CardMove>(first.map((move) => [move.id, { ...move }]));
  for (const move of second) {
    const earlier = byId.get(move.id);
    const w = move.w ?? earlier?.w;
    byId.set(move.id, { id: move.id, x: move.x, y: move.y, ...(w !== undefined ? { w } : {}) });
  }
  return [...byId.values()];
}
