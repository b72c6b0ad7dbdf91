import { describe, expect, it } from 'vitest';
import { outranks, settleColour, type ColourClaim, type SettleInput } from './colourClaim';

const PALETTE = ['#111111', '#222222', '#333333', '#444444'];

function settle(input: Partial<SettleInput> & Pick<SettleInput, 'userId'>): ColourClaim {
  return settleColour({
    mine: null,
    preferred: null,
    others: [],
    palette: PALETTE,
    start: 0,
    now: 1_000,
    ...input,
  });
}

const claim = (userId: string, colour: string, since: number): ColourClaim => ({
  userId,
  colour,
  since,
});

describe('colour claims', () => {
  it('takes the preferred colour when nobody holds it', () => {
    expect(settle({ userId: 'a', preferred: '#333333' })).toEqual(claim('a', '#333333', 1_000));
  });

  it('takes the first free colour from its start when the preferred one is held', () => {
    const others = [claim('b', '#333333', 5), claim('c', '#444444', 6)];
    expect(settle({ userId: 'a', preferred: '#333333', start: 2, others }).colour).toBe('#111111');
  });

  it('keeps its colour while nobody older holds it', () => {
    const mine = claim('a', '#222222', 10);
    expect(settle({ userId: 'a', mine, others: [claim('b', '#222222', 20)] })).toBe(mine);
  });

  it('moves when an older claim holds the same colour, to one nobody holds', () => {
    const mine = claim('a', '#222222', 20);
    const others = [claim('b', '#222222', 10), claim('c', '#111111', 5)];
    expect(settle({ userId: 'a', mine, others, now: 30 })).toEqual(claim('a', '#333333', 30));
  });

  it('settles a tie by user id, the same way on both sides', () => {
    const a = claim('a', '#111111', 7);
    const b = claim('b', '#111111', 7);
    expect(outranks(a, b)).toBe(true);
    expect(outranks(b, a)).toBe(false);
    expect(settle({ userId: 'a', mine: a, others: [b] })).toBe(a);
    expect(settle({ userId: 'b', mine: b, others: [a] }).colour).not.toBe('#111111');
  });

  it('never competes with its own other tabs', () => {
    const mine = claim('a', '#111111', 9);
    expect(settle({ userId: 'a', mine, others: [claim('a', '#111111', 1)] })).toBe(mine);
  });

  it('shares the least held colour once every colour is taken', () => {
    const others = PALETTE.flatMap((colour, i) => [claim(`x${i}`, colour, i)]).concat(
      claim('y', '#111111', 9),
    );
    expect(settle({ userId: 'a', others }).colour).toBe('#222222');
  });

  it('gives many people joining at once distinct colours after a few rounds', () => {
    // Everyone starts with the same preference and no knowledge of the others, as after a
    // simultaneous join; each round, everyone settles against the others' last claims.
    const palette = Array.from({ length: 12 }, (_, i) => `#0000${i.toString(16).padStart(2, '0')}`);
    const people = Array.from({ length: 12 }, (_, i) => `person-${i}`);
    let claims = people.map((userId, i) =>
      settleColour({
        userId,
        mine: null,
        preferred: palette[0] ?? null,
        others: [],
        palette,
        start: i % 3,
        now: 100,
      }),
    );
    for (let round = 1; round < 20; round++) {
      claims = claims.map((mine) =>
        settleColour({
          userId: mine.userId,
          mine,
          preferred: palette[0] ?? null,
          others: claims.filter((other) => other !== mine),
          palette,
          start: people.indexOf(mine.userId) % 3,
          now: 100 + round,
        }),
      );
    }
    expect(new Set(claims.map((c) => c.colour)).size).toBe(12);
  });
});
