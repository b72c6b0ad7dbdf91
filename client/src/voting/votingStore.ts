/**
 * The voting round as this member has it: their own dots (their private document), and whether
 * the begeleider's dialog is open. The round and the totals the server wrote are in the control
 * document (`control/controlSelectors.ts`).
 */
import type * as Y from 'yjs';
import { create } from 'zustand';

export const NO_VOTES: ReadonlyMap<string, number> = new Map();

export interface VotingStoreState {
  /** This member's dots in the current round: card id → dots. */
  myVotes: ReadonlyMap<string, number>;
  /** This member's `votes` map to write to; `null` for viewers and while the board starts. */
  votesMap: Y.Map<unknown> | null;
  dialogOpen: boolean;
  setDialogOpen(open: boolean): void;
  set(partial: Partial<Omit<VotingStoreState, 'set' | 'setDialogOpen'>>): void;
}

export const useVotingStore = create<VotingStoreState>()((set) => ({
  myVotes: NO_VOTES,
  votesMap: null,
  dialogOpen: false,
  setDialogOpen: (dialogOpen) => set({ dialogOpen }),
  set: (partial) => set(partial),
}));
