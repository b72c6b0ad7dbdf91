/**
 * The voting round as the open board has it: the round (control document), the totals the
 * server wrote, this member's own dots (their private document), and whether the begeleider's
 * dialog is open. Read by the facilitation bar, the voting bar and the dots on the cards.
 */
import type { VoteTotals, VotingState } from '@werkbord/shared';
import type * as Y from 'yjs';
import { create } from 'zustand';

export const NO_VOTES: ReadonlyMap<string, number> = new Map();

export interface VotingStoreState {
  voting: VotingState | null;
  totals: VoteTotals | null;
  /** This member's dots in the current round: card id → dots. */
  myVotes: ReadonlyMap<string, number>;
  /** This member's `votes` map to write to; `null` for viewers and while the board starts. */
  votesMap: Y.Map<unknown> | null;
  dialogOpen: boolean;
  setDialogOpen(open: boolean): void;
  set(partial: Partial<Omit<VotingStoreState, 'set' | 'setDialogOpen'>>): void;
}

export const useVotingStore = create<VotingStoreState>()((set) => ({
  voting: null,
  totals: null,
  myVotes: NO_VOTES,
  votesMap: null,
  dialogOpen: false,
  setDialogOpen: (dialogOpen) => set({ dialogOpen }),
  set: (partial) => set(partial),
}));
