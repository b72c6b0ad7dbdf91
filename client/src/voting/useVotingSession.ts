/**
 * Mirrors the voting round into `useVotingStore` while a board is open: the round and the
 * totals from the control document, this member's dots from their private document.
 */
import {
  CONTROL_BOARD,
  PRIVATE_VOTES,
  SessionKey,
  readVoteTotals,
  readVoting,
  votesInRound,
} from '@werkbord/shared';
import { useEffect } from 'react';
import type { BoardSession } from '../sync/BoardSession';
import { NO_VOTES, useVotingStore } from './votingStore';

export function useVotingSession(session: BoardSession | null): void {
  useEffect(() => {
    if (!session) return;
    const { set } = useVotingStore.getState();
    const board = session.control.doc.getMap<unknown>(CONTROL_BOARD);
    const votes = session.privateConnection?.doc.getMap<unknown>(PRIVATE_VOTES) ?? null;
    let previous = '';
    const read = () => {
      const voting = readVoting(board.get(SessionKey.Voting));
      const totals = readVoteTotals(board.get(SessionKey.VoteTotals));
      const myVotes = votes && voting ? votesInRound(votes.entries(), voting.id) : NO_VOTES;
      // Every control change lands here (timer ticks, moves of the step): re-render on ours only.
      const next = JSON.stringify([voting, totals, [...myVotes]]);
      if (next === previous) return;
      previous = next;
      set({ voting, totals, myVotes: myVotes.size > 0 ? myVotes : NO_VOTES });
    };
    set({ votesMap: votes });
    read();
    board.observe(read);
    votes?.observe(read);
    return () => {
      board.unobserve(read);
      votes?.unobserve(read);
      set({ voting: null, totals: null, myVotes: NO_VOTES, votesMap: null, dialogOpen: false });
    };
  }, [session]);
}
