import { Role, readRound } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import type { Participant } from '../sync/participants';
import {
  advanceRound,
  applyPassSignal,
  isRoundDone,
  passTurn,
  readPassSignal,
  roundOrder,
  shuffled,
  speakers,
  startingWith,
  startRound,
} from './roundLogic';

const person = (id: string, role: Role = Role.Participant, isSelf = false): Participant => ({
  id,
  name: id[0]?.toUpperCase() + id.slice(1),
  color: '#1864ab',
  role,
  isSelf,
});

const order = roundOrder([
  person('bea', Role.Facilitator, true),
  person('anna'),
  person('cas'),
  person('projector', Role.Viewer),
]);

const NEW_ROUND = {
  id: 'r1',
  order,
  question: '',
  shuffle: false,
  random: () => 0.5,
};

const round = (shuffle = false, random = () => 0.5) =>
  startRound({ id: 'r1', order, question: '  Hoe kom je binnen?  ', shuffle, random });

describe('roundOrder', () => {
  it('takes everyone present in list order, without meekijkers, as tldraw user ids', () => {
    expect(order).toEqual([
      { userId: 'user:bea', name: 'Bea' },
      { userId: 'user:anna', name: 'Anna' },
      { userId: 'user:cas', name: 'Cas' },
    ]);
  });
});

describe('a rondje', () => {
  it('starts with the first person and the trimmed question, and survives the stored form', () => {
    const started = round();
    expect(started).toMatchObject({ current: 0, passed: [], question: 'Hoe kom je binnen?' });
    expect(readRound(JSON.parse(JSON.stringify(started)))).toEqual(started);
    expect(speakers(started)).toEqual({ now: order[0], next: order[1] });
  });

  it('can shuffle the order, keeping everyone exactly once', () => {
    const values = [0.1, 0.9, 0.3];
    const random = () => values.shift() ?? 0;
    const started = round(true, random);
    expect(started.order).not.toEqual(order);
    expect([...started.order].sort((a, b) => a.userId.localeCompare(b.userId))).toEqual(
      [...order].sort((a, b) => a.userId.localeCompare(b.userId)),
    );
    expect(shuffled([], Math.random)).toEqual([]);
  });

  it('starts with whoever the begeleider picks, the others following around the table', () => {
    const started = startRound({ ...NEW_ROUND, starter: 'user:cas' });
    expect(started.order.map((speaker) => speaker.name)).toEqual(['Cas', 'Bea', 'Anna']);
    expect(speakers(started)).toEqual({ now: order[2], next: order[0] });
    expect(startingWith(order, 'user:anna').map((speaker) => speaker.name)).toEqual([
      'Anna',
      'Cas',
      'Bea',
    ]);
    expect(startingWith(order, 'user:weg')).toEqual(order);
    expect(startingWith(order, undefined)).toEqual(order);
  });

  it('puts the chosen starter first in a shuffled order too', () => {
    for (const seed of [0, 0.3, 0.6, 0.99]) {
      const started = startRound({
        ...NEW_ROUND,
        shuffle: true,
        random: () => seed,
        starter: 'user:anna',
      });
      expect(started.order[0]).toEqual(order[1]);
      expect(started.order).toHaveLength(order.length);
    }
  });

  it('moves on with "volgende" until everyone had a turn, then stays done', () => {
    let state = round();
    state = advanceRound(state);
    expect(speakers(state)).toEqual({ now: order[1], next: order[2] });
    state = advanceRound(state);
    expect(speakers(state)).toEqual({ now: order[2], next: null });
    state = advanceRound(state);
    expect(isRoundDone(state)).toBe(true);
    expect(speakers(state)).toEqual({ now: null, next: null });
    expect(advanceRound(state)).toBe(state);
  });

  it('marks who passed and gives the next person the turn', () => {
    const state = passTurn(round());
    expect(state.passed).toEqual(['user:bea']);
    expect(state.current).toBe(1);
  });
});

describe('pass signals from awareness', () => {
  const started = advanceRound(round()); // Anna's turn (index 1)

  it("applies the current speaker's own signal for this turn", () => {
    const next = applyPassSignal(started, { roundId: 'r1', index: 1 }, 'user:anna');
    expect(next).toMatchObject({ current: 2, passed: ['user:anna'] });
  });

  it('ignores a signal of another round, an old turn, or someone else', () => {
    expect(applyPassSignal(started, { roundId: 'r0', index: 1 }, 'user:anna')).toBeNull();
    expect(applyPassSignal(started, { roundId: 'r1', index: 0 }, 'user:anna')).toBeNull();
    expect(applyPassSignal(started, { roundId: 'r1', index: 1 }, 'user:cas')).toBeNull();
  });

  it('applies a lingering signal only once', () => {
    const signal = { roundId: 'r1', index: 1 };
    const once = applyPassSignal(started, signal, 'user:anna');
    expect(once && applyPassSignal(once, signal, 'user:anna')).toBeNull();
  });

  it('reads signals tolerantly', () => {
    expect(readPassSignal({ roundId: 'r1', index: 2 })).toEqual({ roundId: 'r1', index: 2 });
    expect(readPassSignal({ roundId: 'r1', index: 1.5 })).toBeNull();
    expect(readPassSignal('pass')).toBeNull();
  });
});
