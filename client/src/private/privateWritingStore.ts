/**
 * "Privé schrijven" as this member has it: which of their cards are still private (their private
 * document), and where to send "onthullen". A store, because the facilitation bar, the notice
 * and the marks on the canvas all read it. Whether it is on is the control store's.
 */
import { create } from 'zustand';

export interface PrivateWritingState {
  /** Shape ids of this member's private cards (not on the board yet). */
  privateIds: ReadonlySet<string>;
  /** For "onthullen": the board and the begeleider's link token; `null` while no board is open. */
  board: { boardId: string; token: string } | null;
  set(partial: Partial<Omit<PrivateWritingState, 'set'>>): void;
}

export const NO_PRIVATE_IDS: ReadonlySet<string> = new Set();

export const usePrivateWritingStore = create<PrivateWritingState>()((set) => ({
  privateIds: NO_PRIVATE_IDS,
  board: null,
  set: (partial) => set(partial),
}));
