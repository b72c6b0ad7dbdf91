/**
 * This member's dots in the open voting round, from their private document, into
 * `useVotingStore` while a board is open. The round and the totals are the control store's
 * (`control/controlSelectors.ts`).
 */
import { PRIVATE_VOTES, votesInRound } from '@werkbord/shared';
import { useEffect } from 'react';
import { selectVoting } from '../control/controlSelectors';
import { useControlStore } from '../control/controlStore';
import type { BoardSession } from '../sync/BoardSession';
import { NO_VOTES, useVotingStore } from './votingStore';

export function useVotingSession(session: BoardSession | null): void {
  const roundId = useControlStore((state) => selectVoting(state)?.id ?? null);
  const votes = session?.privateConnection?.doc.getMap<unknown>(PRIVATE_VOTES) ?? null;

  useEffect(() => {
    if (!session) return;
    const { set } = useVotingStore.getState();
    set({ votesMap: votes });
    return () => set({ myVotes: NO_VOTES, votesMap: null, dialogOpen: false });
  }, [session, votes]);

  useEffect(() => {
    const { set } = useVotingStore.getState();
    const read = () => {
      const mine = votes && roundId ? votesInRound(votes.entries(), roundId) : NO_VOTES;
      if (!sameVotes(useVotingStore.getState().myVotes, mine)) {
        set({ myVotes: mine.size > 0 ? mine : NO_VOTES });
      }
    };
    read();
    votes?.observe(read);
    return () => votes?.unobserve(read);
  }, [votes, roundId]);
}

function sameVotes(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, dots] of a) if (b.get(id) !== dots) return false;
  return true;
}
