/**
 * The facilitation side of the open board: the session state as the control document has it
 * (timer, lock, locked cards, "iedereen naar mij", rondje), where to write it, and this
 * person's own choices (hidden cursors, the sound at the end of the timer). A store rather than
 * context because tldraw's action overrides and cursor component read it too.
 */
import {
  CONTROL_BOARD,
  SessionKey,
  readFollowMe,
  readLocked,
  readLockedCards,
  readParticipantDrawingOff,
  readRound,
  readTimer,
  type FollowMeState,
  type RoundState,
  type TimerState,
} from '@werkbord/shared';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { create } from 'zustand';
import { loadSoundPreference, saveSoundPreference } from './soundPreference';

export interface SessionState {
  timer: TimerState;
  locked: boolean;
  lockedCards: readonly string[];
  followMe: FollowMeState | null;
  round: RoundState | null;
  /** The begeleider switched drawing off for deelnemers ("Tekenen uit voor deelnemers"). */
  participantDrawingOff: boolean;
}

export const NO_SESSION: SessionState = {
  timer: { status: 'idle' },
  locked: false,
  lockedCards: [],
  followMe: null,
  round: null,
  participantDrawingOff: false,
};

export function readSession(doc: Y.Doc | null): SessionState {
  if (!doc) return NO_SESSION;
  const board = doc.getMap<unknown>(CONTROL_BOARD);
  return {
    timer: readTimer(board.get(SessionKey.Timer)),
    locked: readLocked(board.get(SessionKey.Locked)),
    lockedCards: readLockedCards(board.get(SessionKey.LockedCards)),
    followMe: readFollowMe(board.get(SessionKey.FollowMe)),
    round: readRound(board.get(SessionKey.Round)),
    participantDrawingOff: readParticipantDrawingOff(board.get(SessionKey.ParticipantDrawingOff)),
  };
}

/** Keeps the previous value of each part that did not change, so components re-render less. */
function keepUnchanged(previous: SessionState, next: SessionState): SessionState {
  let changed = false;
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof SessionState)[]) {
    const same = JSON.stringify(previous[key]) === JSON.stringify(next[key]);
    merged[key] = same ? previous[key] : next[key];
    changed ||= !same;
  }
  return changed ? (merged as unknown as SessionState) : previous;
}

export interface FacilitationState {
  session: SessionState;
  /** The control document, to write to; `null` while the board starts. */
  controlDoc: Y.Doc | null;
  /** Awareness of the content room, for "ik pas". */
  awareness: Awareness | null;
  setSources(controlDoc: Y.Doc | null, awareness: Awareness | null): void;
  /** Re-reads the session from the control document. */
  refresh(): void;
  /** tldraw user ids whose cursor this person chose not to see. */
  hiddenCursors: readonly string[];
  toggleCursor(userId: string): void;
  soundOn: boolean;
  setSoundOn(on: boolean): void;
  roundSetupOpen: boolean;
  setRoundSetupOpen(open: boolean): void;
}

export const useFacilitationStore = create<FacilitationState>()((set, get) => ({
  session: NO_SESSION,
  controlDoc: null,
  awareness: null,
  setSources(controlDoc, awareness) {
    set({ controlDoc, awareness, session: keepUnchanged(get().session, readSession(controlDoc)) });
  },
  refresh() {
    set({ session: keepUnchanged(get().session, readSession(get().controlDoc)) });
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
