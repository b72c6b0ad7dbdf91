import { describe, expect, it } from 'vitest';
import type { BoardCard, MarkeringCard } from '../cards/BoardCard.js';
import { columnCentreX, meterAt, slotCentreY, type ScaleLayout } from './scale.js';
import { markerSpot, outranks } from './stacking.js';
import { centredAt, markerAt } from './testMarkers.js';

const meter = meterAt(0, 0, {
  id: 'nu',
  label: { nl: 'Nu', en: 'Now' },
  minLabel: { nl: '0', en: '0' },
  maxLabel: { nl: '10', en: '10' },
  size: { liveSlots: 4, ghostSlots: 2 },
});
const layout: ScaleLayout = {
  zones: [],
  marks: [],
  meters: [meter],
  bounds: { x: 0, y: 0, w: 1, h: 1 },
};

/** The slot a spot's marker would stand in, or `null` for no move. */
function slotOf(marker: MarkeringCard, cards: BoardCard[]): number | null {
  const spot = markerSpot(marker, cards, layout);
  if (!spot) return null;
  expect(spot.x + marker.w / 2).toBe(columnCentreX(meter, 6));
  return [0, 1, 2, 3, 4].find((slot) => slotCentreY(meter, slot) === spot.y + marker.h / 2) ?? -1;
}

/** Settles markers the way their clients do, each moving only itself, until none moves. */
function settle(markers: MarkeringCard[]): MarkeringCard[] {
  let current = markers;
  for (let round = 0; round < 10; round++) {
    let moved = false;
    current = current.map((marker) => {
      const spot = markerSpot(marker, current, layout);
      if (!spot) return marker;
      moved = true;
      return { ...marker, ...spot };
    });
    if (!moved) return current;
  }
  throw new Error('did not settle');
}

describe('where my marker stands', () => {
  it('goes from where it was dropped to the lowest free place of its column', () => {
    const dropped = centredAt(markerAt(meter, 'Anna', 6), {
      x: columnCentreX(meter, 6) + 80,
      y: -400,
    });
    expect(slotOf(dropped, [dropped])).toBe(0);
    const bram = markerAt(meter, 'Bram', 6, 0);
    expect(slotOf(dropped, [bram, dropped])).toBe(1);
  });

  it('stays where it stands when that is right', () => {
    const anna = markerAt(meter, 'Anna', 6, 1);
    const bram = markerAt(meter, 'Bram', 6, 0);
    expect(slotOf(anna, [anna, bram])).toBeNull();
  });

  it('moves down when someone below leaves the column', () => {
    const anna = markerAt(meter, 'Anna', 6, 1);
    expect(slotOf(anna, [anna])).toBe(0);
  });

  it('lets the older marker keep a place both took at once; the other moves up', () => {
    const older = markerAt(meter, 'Anna', 6, 0, { createdAt: 1 });
    const newer = markerAt(meter, 'Bram', 6, 0, { createdAt: 2 });
    expect(outranks(older, newer)).toBe(true);
    expect(slotOf(older, [older, newer])).toBeNull();
    expect(slotOf(newer, [older, newer])).toBe(1);
  });

  it('is not pushed aside by a marker someone drags across its place', () => {
    const anna = markerAt(meter, 'Anna', 6, 0, { createdAt: 5 });
    const passing = centredAt(markerAt(meter, 'Bram', 6, 0, { createdAt: 1 }), {
      x: columnCentreX(meter, 6) + 30,
      y: slotCentreY(meter, 0) + 7,
    });
    expect(slotOf(anna, [anna, passing])).toBeNull();
  });

  it('counts only markers of its own scale and column', () => {
    const anna = markerAt(meter, 'Anna', 6, 1);
    const elsewhere = markerAt(meter, 'Bram', 5, 0);
    const otherScale = markerAt(meter, 'Carla', 6, 0, { meter: 'team' });
    expect(slotOf(anna, [anna, elsewhere, otherScale])).toBe(0);
  });

  it('settles three markers placed at once into one stack without overlaps', () => {
    const names = ['Anna', 'Bram', 'Carla'];
    const placed = names.map((name, i) =>
      centredAt(markerAt(meter, name, 6, 0, { createdAt: 10 - i }), {
        x: columnCentreX(meter, 6),
        y: slotCentreY(meter, 0),
      }),
    );
    const settled = settle(placed);
    const ys = settled.map((m) => m.y).sort((a, b) => a - b);
    expect(new Set(ys).size).toBe(3);
    expect(ys.map((y) => y + placed[0]!.h / 2)).toEqual(
      [2, 1, 0].map((s) => slotCentreY(meter, s)),
    );
    // The oldest (Carla) kept the place on the axis.
    expect(settled.find((m) => m.author === 'Carla')?.y).toBe(placed[2]!.y);
  });
});
