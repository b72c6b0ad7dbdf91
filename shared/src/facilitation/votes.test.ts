import { describe, expect, it } from 'vitest';
import { DEFAULT_SHAPE_PROPS, ShapeType } from '../cards/shapeProps.js';
import { findZone, zoneBounds } from '../werkvormen/Layout.js';
import { findWerkvorm } from '../werkvormen/registry.js';
import type { Werkvorm } from '../werkvormen/Werkvorm.js';
import { readVoteTotals, readVoting, type VotingState } from './sessionState.js';
import {
  dotsIn,
  readVoteEntry,
  refusedVoteChanges,
  sumVotes,
  type VoteChange,
  votableCardIds,
  votesInRound,
} from './votes.js';

const open: VotingState = {
  id: 'r1',
  status: 'open',
  dotsPerPerson: 3,
  zoneId: null,
  countsVisible: false,
};
const closed: VotingState = { ...open, status: 'closed' };
const dot = (count: number, round = 'r1') => ({ round, count });

/** Judges changes of a map that held `before` and holds `after` (missing keys: no entry). */
function judge(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  voting: VotingState | null = open,
  votable: readonly string[] = ['a', 'b', 'c', 'd'],
) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: VoteChange[] = [...keys]
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((cardId) => ({ cardId, before: before[cardId], after: after[cardId] }));
  const refused = refusedVoteChanges(changes, Object.entries(after), voting, (id) =>
    votable.includes(id),
  );
  return Object.fromEntries(refused);
}

describe('vote entries', () => {
  it('reads {round, count} with a whole count of at least 0', () => {
    expect(readVoteEntry(dot(2))).toEqual(dot(2));
    expect(readVoteEntry(dot(0))).toEqual(dot(0));
    for (const bad of [2, null, 'x', { round: 'r1' }, dot(-1), dot(1.5), dot(Infinity)]) {
      expect(readVoteEntry(bad)).toBeNull();
    }
    expect(readVoteEntry({ round: 1, count: 1 })).toBeNull();
  });

  it('counts only the dots of the given round', () => {
    expect(dotsIn(dot(2), 'r1')).toBe(2);
    expect(dotsIn(dot(2, 'r0'), 'r1')).toBe(0);
    expect(dotsIn(dot(2), null)).toBe(0);
    expect(dotsIn('kapot', 'r1')).toBe(0);
    const ballot = Object.entries({ a: dot(1), b: dot(2, 'r0'), c: dot(0), d: 'x' });
    expect([...votesInRound(ballot, 'r1')]).toEqual([['a', 1]]);
  });

  it('adds everyone up, per card', () => {
    const anna = Object.entries({ a: dot(2), b: dot(1) });
    const bram = Object.entries({ a: dot(1), c: dot(3, 'r0') });
    expect(sumVotes([anna, bram], 'r1')).toEqual({ a: 3, b: 1 });
    expect(sumVotes([], 'r1')).toEqual({});
  });
});

describe('refusedVoteChanges', () => {
  it('allows dots up to the limit on votable cards while the round is open', () => {
    expect(judge({}, { a: dot(1), b: dot(2) })).toEqual({});
    expect(judge({ a: dot(1) }, { a: dot(3) })).toEqual({});
  });

  it('refuses every addition of a change that exceeds the limit', () => {
    expect(judge({ a: dot(2) }, { a: dot(2), b: dot(1), c: dot(1) })).toEqual({
      b: 'over-limit',
      c: 'over-limit',
    });
    expect(judge({}, { a: dot(4) })).toEqual({ a: 'over-limit' });
  });

  it('counts a refused change at its old value when judging the limit', () => {
    // The broken entry for c is refused and goes back to 2 dots: then b's dot is one too many;
    // judged by the broken entry (0 dots) it would fit.
    expect(judge({ a: dot(1), c: dot(2) }, { a: dot(1), b: dot(1), c: 'kapot' })).toEqual({
      b: 'over-limit',
      c: 'malformed',
    });
  });

  it('always lets dots be taken back while the round is open', () => {
    const full = { a: dot(2), b: dot(1) };
    expect(judge(full, { a: dot(1), b: dot(1) })).toEqual({});
    expect(judge(full, { b: dot(1) })).toEqual({});
    // The limit was lowered below what a member has: taking back is still allowed.
    expect(judge({ a: dot(3), b: dot(2) }, { a: dot(2), b: dot(2) })).toEqual({});
    expect(judge({ a: dot(3), b: dot(2) }, { a: dot(2), b: dot(3) })).toEqual({ b: 'over-limit' });
  });

  it('refuses dots on what is no votable card', () => {
    expect(judge({}, { 'shape:weg': dot(1), a: dot(1) })).toEqual({ 'shape:weg': 'not-votable' });
  });

  it('refuses malformed entries, negative and fractional counts', () => {
    expect(judge({}, { a: dot(-1), b: dot(0.5), c: 7, d: { round: 'r1' } })).toEqual({
      a: 'malformed',
      b: 'malformed',
      c: 'malformed',
      d: 'malformed',
    });
  });

  it('refuses entries of another round, and any entry while no round exists', () => {
    expect(judge({}, { a: dot(1, 'r0') })).toEqual({ a: 'other-round' });
    expect(judge({}, { a: dot(1) }, null)).toEqual({ a: 'other-round' });
    expect(judge({}, { a: dot(0) }, null)).toEqual({ a: 'other-round' });
    // Stale entries may be replaced by this round's or deleted.
    expect(judge({ a: dot(3, 'r0'), b: dot(1, 'r0') }, { a: dot(1) })).toEqual({});
    expect(judge({ a: dot(1, 'r0') }, {}, null)).toEqual({});
  });

  it('freezes the dots of a closed round', () => {
    expect(judge({}, { a: dot(1) }, closed)).toEqual({ a: 'closed' });
    expect(judge({ a: dot(2) }, { a: dot(1) }, closed)).toEqual({ a: 'closed' });
    expect(judge({ a: dot(2) }, {}, closed)).toEqual({ a: 'closed' });
    expect(judge({ a: dot(2, 'r0') }, {}, closed)).toEqual({});
  });

  it('asks whether a card is votable only for cards that gain dots', () => {
    const asked: string[] = [];
    refusedVoteChanges(
      [
        { cardId: 'a', before: dot(1), after: dot(2) },
        { cardId: 'b', before: dot(2), after: dot(1) },
        { cardId: 'c', before: dot(1), after: undefined },
      ],
      Object.entries({ a: dot(2), b: dot(1) }),
      open,
      (id) => {
        asked.push(id);
        return true;
      },
    );
    expect(asked).toEqual(['a']);
  });
});

describe('votableCardIds', () => {
  const werkvorm = findWerkvorm('klaag-en-jubelmuur') as Werkvorm;
  const layout = werkvorm.layout(werkvorm.settings.defaults());
  const [first, second] = layout.zones;
  const kaartIn = (id: string, zoneId: string) => {
    const bounds = zoneBounds(findZone(layout, zoneId) ?? layout.zones[0]!);
    const { w, h } = DEFAULT_SHAPE_PROPS.kaart;
    return {
      id: `shape:${id}`,
      typeName: 'shape',
      type: ShapeType.Kaart,
      x: bounds.x + bounds.w / 2 - w / 2,
      y: bounds.y + bounds.h / 2 - h / 2,
      rotation: 0,
      parentId: 'page:page',
      props: { ...DEFAULT_SHAPE_PROPS.kaart, text: id },
      meta: {},
    };
  };
  const records = [
    { id: 'page:page', typeName: 'page' },
    kaartIn('een', first!.id),
    kaartIn('twee', second!.id),
  ];

  it('gives every card without a zone, only the zone’s cards with one', () => {
    expect(votableCardIds(werkvorm, records, undefined, null)).toEqual(
      new Set(['shape:een', 'shape:twee']),
    );
    expect(votableCardIds(werkvorm, records, undefined, first!.id)).toEqual(new Set(['shape:een']));
    expect(votableCardIds(werkvorm, records, undefined, 'geen-zone')).toEqual(new Set());
  });

  it('never gives a person’s marker: it is where they stand, not something to vote on', () => {
    const marker = {
      ...kaartIn('marker', first!.id),
      type: ShapeType.Markering,
      props: { ...DEFAULT_SHAPE_PROPS.markering, owner: 'anna', meter: 'nu', author: 'Anna' },
    };
    expect(votableCardIds(werkvorm, [...records, marker], undefined, null)).toEqual(
      new Set(['shape:een', 'shape:twee']),
    );
  });
});

describe('voting state', () => {
  it('reads a round, and anything malformed as no round', () => {
    expect(readVoting({ ...open, zoneId: 'klaagmuur', extra: 1 })).toEqual({
      ...open,
      zoneId: 'klaagmuur',
    });
    expect(readVoting({ ...open, zoneId: '', countsVisible: 'ja' })).toEqual(open);
    for (const bad of [
      null,
      'open',
      { ...open, id: '' },
      { ...open, status: 'paused' },
      { ...open, dotsPerPerson: 0 },
      { ...open, dotsPerPerson: 21 },
      { ...open, dotsPerPerson: 2.5 },
    ]) {
      expect(readVoting(bad)).toBeNull();
    }
  });

  it('reads totals, keeping positive whole counts', () => {
    expect(readVoteTotals({ round: 'r1', counts: { a: 2, b: 0, c: -1, d: 1.5, e: 'x' } })).toEqual({
      round: 'r1',
      counts: { a: 2 },
    });
    expect(readVoteTotals({ counts: {} })).toBeNull();
  });
});
