/**
 * The begeleider's writes of the session state into the control document. The server refuses
 * control writes from anyone else, so the buttons that call these are the begeleider's only.
 */
import {
  CONTROL_BOARD,
  SessionKey,
  type FollowMeState,
  type RoundState,
  type TimerState,
} from '@werkbord/shared';
import type * as Y from 'yjs';

const board = (doc: Y.Doc) => doc.getMap<unknown>(CONTROL_BOARD);

export function writeTimer(doc: Y.Doc, timer: TimerState): void {
  board(doc).set(SessionKey.Timer, timer);
}

export function writeLocked(doc: Y.Doc, locked: boolean): void {
  board(doc).set(SessionKey.Locked, locked);
}

/** "Tekenen uit voor deelnemers": `false` removes the key, the default. */
export function writeParticipantDrawingOff(doc: Y.Doc, off: boolean): void {
  if (off) board(doc).set(SessionKey.ParticipantDrawingOff, true);
  else board(doc).delete(SessionKey.ParticipantDrawingOff);
}

/** "Anoniem schrijven": `false` removes the key, the default. */
export function writeAnonymous(doc: Y.Doc, on: boolean): void {
  if (on) board(doc).set(SessionKey.Anonymous, true);
  else board(doc).delete(SessionKey.Anonymous);
}

export function writeLockedCards(doc: Y.Doc, ids: readonly string[]): void {
  board(doc).set(SessionKey.LockedCards, [...ids]);
}

/** `null` releases everyone. */
export function writeFollowMe(doc: Y.Doc, followMe: FollowMeState | null): void {
  if (followMe) board(doc).set(SessionKey.FollowMe, followMe);
  else board(doc).delete(SessionKey.FollowMe);
}

/** `null` ends the round. */
export function writeRound(doc: Y.Doc, round: RoundState | null): void {
  if (round) board(doc).set(SessionKey.Round, round);
  else board(doc).delete(SessionKey.Round);
}
