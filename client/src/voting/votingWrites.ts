/**
 * Writes of a voting round. The begeleider opens, closes and clears the round in the control
 * document; each member puts their own dots in their private document's `votes` map, card id →
 * `{round, count}` (`shared/src/facilitation/votes.ts`). The server takes back what breaks the
 * round's rules and adds everyone's dots up into the control document.
 */
import { CONTROL_BOARD, SessionKey, type VotingState } from '@werkbord/shared';
import type * as Y from 'yjs';

const board = (doc: Y.Doc) => doc.getMap<unknown>(CONTROL_BOARD);

/** `null` takes the round and its totals off the board. */
export function writeVoting(doc: Y.Doc, voting: VotingState | null): void {
  if (voting) board(doc).set(SessionKey.Voting, voting);
  else board(doc).delete(SessionKey.Voting);
}

export function closeVoting(doc: Y.Doc, voting: VotingState): void {
  writeVoting(doc, { ...voting, status: 'closed' });
}

/** Sets this member's dots on a card in `round`; 0 removes the entry. */
export function writeMyDots(
  votes: Y.Map<unknown>,
  cardId: string,
  round: string,
  count: number,
): void {
  if (count > 0) votes.set(cardId, { round, count });
  else votes.delete(cardId);
}
