/** The card moves for a settings change: pure, so it is tested without an editor. */
import type { BoardCard, CardMove, Werkvorm } from '@werkbord/shared';
import { applyMovesToCards, chainMoves } from './moves';

/**
 * The moves that carry the cards from the old layout to the new one, tidied where the werkvorm
 * knows how (a new scale can bring anecdotes close together).
 */
export function relayoutMoves(
  werkvorm: Werkvorm,
  cards: readonly BoardCard[],
  oldSettings: unknown,
  newSettings: unknown,
): CardMove[] {
  const newLayout = werkvorm.layout(newSettings);
  const moves = werkvorm.relayout(cards, werkvorm.layout(oldSettings), newLayout);
  const tidy = werkvorm.arrange?.(applyMovesToCards(cards, moves), newLayout) ?? [];
  return chainMoves(moves, tidy);
}
