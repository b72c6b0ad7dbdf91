import { findWerkvorm, type BoardCard, type Werkvorm } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { chartScale, circlePairs, teamChartRows } from './teamChart';

function werkvorm(id: string): Werkvorm {
  const found = findWerkvorm(id);
  if (!found) throw new Error(id);
  return found;
}

const cirkel = werkvorm('cirkel-van-invloed');
// The distances below are written for the first layout generation's circles.
const layout = cirkel.layout({
  thema: '',
  owners: [
    { id: 'anna', name: 'Anna' },
    { id: 'bram', name: 'Bram' },
  ],
  layoutVersion: 1,
});

/** A kaart centred at `distance` right of the centre of an owner's circles. */
function kaart(id: string, ownerId: string, distance: number): BoardCard {
  const pair = circlePairs(layout)?.find((p) => p.ownerId === ownerId);
  if (!pair) throw new Error(ownerId);
  return {
    id,
    kind: 'kaart',
    x: pair.cx + distance - 50,
    y: pair.cy - 50,
    w: 100,
    h: 100,
    text: id,
    author: '',
    createdAt: null,
  };
}

describe('teamChartRows', () => {
  it('counts per owner the cards in invloed and in betrokkenheid', () => {
    const cards = [
      kaart('a1', 'anna', 0),
      kaart('a2', 'anna', 100),
      kaart('a3', 'anna', 400),
      kaart('b1', 'bram', 450),
      kaart('b-buiten', 'bram', 560),
      { ...kaart('verzameld', 'anna', 0), x: 100, y: 100 },
    ];
    expect(teamChartRows(cirkel, layout, cards)).toEqual([
      { ownerId: 'anna', name: 'Anna', invloed: 2, betrokkenheid: 1 },
      { ownerId: 'bram', name: 'Bram', invloed: 0, betrokkenheid: 1 },
    ]);
  });

  it('lists every owner, also without cards', () => {
    expect(teamChartRows(cirkel, layout, [])).toEqual([
      { ownerId: 'anna', name: 'Anna', invloed: 0, betrokkenheid: 0 },
      { ownerId: 'bram', name: 'Bram', invloed: 0, betrokkenheid: 0 },
    ]);
  });

  it('is empty for a werkvorm without circles', () => {
    const historielijn = werkvorm('historielijn');
    const ownLayout = historielijn.layout(historielijn.settings.defaults());
    expect(circlePairs(ownLayout)).toBeNull();
    expect(teamChartRows(historielijn, ownLayout, [])).toEqual([]);
  });
});

describe('chartScale', () => {
  it('is the largest count, and never 0', () => {
    expect(chartScale([])).toBe(1);
    expect(
      chartScale([
        { ownerId: 'a', name: 'A', invloed: 3, betrokkenheid: 7 },
        { ownerId: 'b', name: 'B', invloed: 5, betrokkenheid: 0 },
      ]),
    ).toBe(7);
  });
});
