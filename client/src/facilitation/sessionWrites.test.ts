import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  selectFollowMe,
  selectLocked,
  selectLockedCards,
  selectParticipantDrawingOff,
  selectRound,
  selectTimer,
} from '../control/controlSelectors';
import { followControlDocument, useControlStore } from '../control/controlStore';
import { startRound } from './roundLogic';
import {
  writeFollowMe,
  writeLocked,
  writeLockedCards,
  writeParticipantDrawingOff,
  writeRound,
  writeTimer,
} from './sessionWrites';

const NO_SESSION = {
  timer: { status: 'idle' },
  locked: false,
  lockedCards: [],
  followMe: null,
  round: null,
  participantDrawingOff: false,
};

/** The session as the facilitation tools read it: the control store's selectors. */
function readSession(doc: Y.Doc) {
  const stop = followControlDocument(doc);
  const state = useControlStore.getState();
  const session = {
    timer: selectTimer(state),
    locked: selectLocked(state),
    lockedCards: selectLockedCards(state),
    followMe: selectFollowMe(state),
    round: selectRound(state),
    participantDrawingOff: selectParticipantDrawingOff(state),
  };
  stop();
  return session;
}

describe('session state in the control document', () => {
  it('reads what the begeleider wrote, and "off" for what is missing', () => {
    const doc = new Y.Doc();
    expect(readSession(doc)).toEqual(NO_SESSION);
    const round = startRound({
      id: 'r1',
      order: [{ userId: 'user:anna', name: 'Anna' }],
      question: '',
      shuffle: false,
      random: Math.random,
    });
    doc.transact(() => {
      writeTimer(doc, { status: 'running', startedAt: 1000, durationMs: 60_000 });
      writeLocked(doc, true);
      writeLockedCards(doc, ['shape:a']);
      writeFollowMe(doc, { userId: 'user:bea', since: 5 });
      writeRound(doc, round);
      writeParticipantDrawingOff(doc, true);
    });
    expect(readSession(doc)).toEqual({
      timer: { status: 'running', startedAt: 1000, durationMs: 60_000 },
      locked: true,
      lockedCards: ['shape:a'],
      followMe: { userId: 'user:bea', since: 5 },
      round,
      participantDrawingOff: true,
    });
  });

  it('removes "iedereen naar mij", the rondje and "tekenen uit" when they end', () => {
    const doc = new Y.Doc();
    writeFollowMe(doc, { userId: 'user:bea', since: 5 });
    writeRound(
      doc,
      startRound({ id: 'r', order: [], question: '', shuffle: false, random: Math.random }),
    );
    writeParticipantDrawingOff(doc, true);
    writeFollowMe(doc, null);
    writeRound(doc, null);
    writeParticipantDrawingOff(doc, false);
    expect(readSession(doc)).toEqual(NO_SESSION);
  });

  it('keeps unchanged parts the same objects, so only what changed re-renders', () => {
    const doc = new Y.Doc();
    writeLockedCards(doc, ['shape:a']);
    const stop = followControlDocument(doc);
    const before = selectLockedCards(useControlStore.getState());
    writeLocked(doc, true);
    const after = useControlStore.getState();
    expect(selectLocked(after)).toBe(true);
    expect(selectLockedCards(after)).toBe(before);
    stop();
  });
});
