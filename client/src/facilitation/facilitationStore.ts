/**
 * The facilitation side of the open board that is not in the control document (that is the
 * control store's, `control/`): the content room's awareness for "ik pas", and this person's
 * own choices (hidden cursors, the sound at the end of the timer). A store rather than context
 * because tldraw's action overrides and cursor component read it too.
 */
import type { Awareness } from 'y-protocols/awareness';
import { create } from 'zustand';
import { loadSoundPreference, saveSoundPreference } from './soundPreference';

export interface FacilitationState {
  /** Awareness of the content room, for "ik pas". */
  awareness: Awareness | null;
  setAwareness(awareness: Awareness | null): void;
  /** tldraw user ids whose cursor this person chose not to see. */
  hiddenCursors: readonly string[];
  toggleCursor(userId: string): void;
  soundOn: boolean;
  setSoundOn(on: boolean): void;
  roundSetupOpen: boolean;
  setRoundSetupOpen(open: boolean): void;
}

export const useFacilitationStore = create<FacilitationState>()((set, get) => ({
  awareness: null,
  setAwareness(awareness) {
    set({ awareness });
  },
  hiddenCursors: [],
  toggleCursor(userId) {
    const hidden = get().hiddenCursors;
    set({
      hiddenCursors: hidden.includes(userId)
        ? hidden.filter((id) => id !== userId)
        : [...hidden, userId],
    });
  },
  soundOn: loadSoundPreference(),
  setSoundOn(soundOn) {
    saveSoundPreference(soundOn);
    set({ soundOn });
  },
  roundSetupOpen: false,
  setRoundSetupOpen(roundSetupOpen) {
    set({ roundSetupOpen });
  },
}));
