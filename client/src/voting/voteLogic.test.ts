import type { Layout, VotingState, Werkvorm } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import {
  canAddDot,
  canRemoveDot,
  newVotingRound,
  parseDotsPerPerson,
  remainingDots,
  visibleTotals,
  votableCards,
  zoneChoices,
} from './voteLogic';

const round = (patch: Partial<VotingState> = {}): VotingState => ({
  id: 'r1',
  status: 'open',
  dotsPerPerson: 3,
  zoneId: null,
  countsVisible: true,
  ...patch,
});

describe('voting round rules on this side', () => {
  it('counts the dots left and never goes below zero', () => {
    expect(remainingDots(round(), new Map())).toBe(3);
    expect(remainingDots(round(), new Map([['shape:a', 2]]))).toBe(1);
    expect(
      remainingDots(
        round(),
        new Map([
          ['shape:a', 2],
          ['shape:b', 2],
        ]),
      ),
    ).toBe(0);
  });

  it('lets a person add a dot only while the round is open and dots are left', () => {
    const full = new Map([['shape:a', 3]]);
    expect(canAddDot(round(), new Map())).toBe(true);
    expect(canAddDot(round(), full)).toBe(false);
    expect(canAddDot(round({ status: 'closed' }), new Map())).toBe(false);
    expect(canAddDot(null, new Map())).toBe(false);
  });

  it('lets a person take back only their own dots, and only while open', () => {
    const mine = new Map([['shape:a', 1]]);
    expect(canRemoveDot(round(), mine, 'shape:a')).toBe(true);
    expect(canRemoveDot(round(), mine, 'shape:b')).toBe(false);
    expect(canRemoveDot(round({ status: 'closed' }), mine, 'shape:a')).toBe(false);
  });

  it('shows totals while open only when the begeleider shows them, always once closed', () => {
    const totals = { round: 'r1', counts: { 'shape:a': 4 } };
    expect(visibleTotals(round(), totals)).toEqual({ 'shape:a': 4 });
    expect(visibleTotals(round({ countsVisible: false }), totals)).toBeNull();
    expect(visibleTotals(round({ countsVisible: false, status: 'closed' }), totals)).toEqual({
      'shape:a': 4,
    });
    expect(visibleTotals(round({ id: 'r2' }), totals)).toBeNull();
    expect(visibleTotals(null, totals)).toBeNull();
  });

  it('accepts 1 to 20 whole dots per person', () => {
    expect(parseDotsPerPerson('3')).toBe(3);
    expect(parseDotsPerPerson(' 20 ')).toBe(20);
    expect(parseDotsPerPerson('0')).toBeNull();
    expect(parseDotsPerPerson('21')).toBeNull();
    expect(parseDotsPerPerson('2.5')).toBeNull();
    expect(parseDotsPerPerson('')).toBeNull();
  });

  it('starts a new round with a fresh id', () => {
    const options = { dotsPerPerson: 5, zoneId: null, countsVisible: false };
    const a = newVotingRound(options, () => 0.1);
    const b = newVotingRound(options, () => 0.9);
    expect(a).toMatchObject({ status: 'open', dotsPerPerson: 5, countsVisible: false });
    expect(a.id).not.toBe(b.id);
  });

  it('offers each zone of the layout once', () => {
    const layout = {
      zones: [
        { id: 'a', label: { nl: 'A', en: 'A' } },
        { id: 'b', label: { nl: 'B', en: 'B' } },
        { id: 'a', label: { nl: 'A', en: 'A' } },
      ],
      marks: [],
    } as unknown as Parameters<typeof zoneChoices>[0];
    expect(zoneChoices(layout).map((zone) => zone.id)).toEqual(['a', 'b']);
  });

  it('offers only cards on the board, and in the round’s zone when it has one', () => {
    const note = (id: string, x: number) => ({
      id,
      typeName: 'shape',
      type: 'note',
      x,
      y: 0,
      rotation: 0,
      parentId: 'page:page',
      props: { richText: { type: 'doc', content: [] }, scale: 1, growY: 0 },
      meta: {},
    });
    const werkvorm = {
      classify: (card: { x: number }) => ({ zoneId: card.x < 0 ? 'klaagmuur' : 'jubelmuur' }),
    } as unknown as Werkvorm;
    const records = [note('shape:klaag', -500), note('shape:jubel', 500), { typeName: 'page' }];
    const layout = { zones: [], marks: [] } as unknown as Layout;
    expect(votableCards(werkvorm, layout, records, null)).toEqual(['shape:klaag', 'shape:jubel']);
    expect(votableCards(werkvorm, layout, records, 'jubelmuur')).toEqual(['shape:jubel']);
  });
});
