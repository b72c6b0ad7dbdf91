/**
 * One selector per key of the control document, read with the shared contract's tolerant readers
 * (`@werkbord/shared`). A new key of a session tool is one line here and its reader in `shared/`.
 */
import {
  BoardKey,
  SessionKey,
  readAnonymous,
  readFollowMe,
  readLocked,
  readLockedCards,
  readParticipantDrawingOff,
  readPrivateCounts,
  readPrivateWriting,
  readRound,
  readTimer,
  readVoteTotals,
  readVoting,
} from '@werkbord/shared';
import { controlField, type ControlStoreState } from './controlStore';

const nonEmptyText = (value: unknown): string | null =>
  typeof value === 'string' && value ? value : null;
const raw = (value: unknown): unknown => value;

export const selectTitle = controlField(BoardKey.Title, nonEmptyText);
export const selectWerkvormId = controlField(BoardKey.Werkvorm, nonEmptyText);
/** Settings and step as stored; `werkvorm/` validates them against the running werkvorm. */
export const selectStoredSettings = controlField(BoardKey.Settings, raw);
export const selectStoredStep = controlField(BoardKey.Step, raw);

export const selectTimer = controlField(SessionKey.Timer, readTimer);
export const selectLocked = controlField(SessionKey.Locked, readLocked);
export const selectLockedCards = controlField(SessionKey.LockedCards, readLockedCards);
export const selectFollowMe = controlField(SessionKey.FollowMe, readFollowMe);
export const selectRound = controlField(SessionKey.Round, readRound);
export const selectParticipantDrawingOff = controlField(
  SessionKey.ParticipantDrawingOff,
  readParticipantDrawingOff,
);
export const selectPrivateWriting = controlField(SessionKey.PrivateWriting, readPrivateWriting);
export const selectPrivateCounts = controlField(SessionKey.PrivateCounts, readPrivateCounts);
export const selectAnonymous = controlField(SessionKey.Anonymous, readAnonymous);
export const selectVoting = controlField(SessionKey.Voting, readVoting);
export const selectVoteTotals = controlField(SessionKey.VoteTotals, readVoteTotals);

/** The control document to write to (for buttons: disabled while it is `null`). */
export const selectControlDoc = (state: ControlStoreState) => state.doc;
