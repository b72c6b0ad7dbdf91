import { describe, expect, it } from 'vitest';
import { zoneAt, type Mark } from '../werkvormen/Layout.js';
import { comparedRonde } from './compared.js';
import {
  classifyMarker,
  COLUMN_W,
  columnCentreX,
  meterAt,
  meterGroup,
  meterMarks,
  meterZones,
  SCALE_W,
  slotAt,
  slotCentreY,
  valueAt,
  type ScaleLayout,
} from './scale.js';
import { centredAt, markerAt } from './testMarkers.js';

const meter = meterAt(100, 0, {
  id: 'nu',
  label: { nl: 'Waar staan we nu?', en: 'Where are we now?' },
  minLabel: { nl: 'niets', en: 'nothing' },
  maxLabel: { nl: 'alles', en: 'everything' },
  size: { liveSlots: 4, ghostSlots: 2 },
});
const second = meterAt(100, meter.bottom + 50, { ...meter, id: 'team' });
const one: ScaleLayout = {
  zones: meterZones(meter, false),
  marks: [],
  meters: [meter],
  bounds: { x: 0, y: 0, w: 1, h: 1 },
};
const two: ScaleLayout = { ...one, meters: [meter, second] };

describe('a scale', () => {
  it('has eleven columns from 0 to 10, and clamps beyond its ends', () => {
    expect(valueAt(meter, meter.x + 1)).toBe(0);
    expect(valueAt(meter, columnCentreX(meter, 6))).toBe(6);
    expect(valueAt(meter, meter.x + 6 * COLUMN_W)).toBe(6);
    expect(valueAt(meter, meter.x + 6 * COLUMN_W - 1)).toBe(5);
    expect(valueAt(meter, meter.x + SCALE_W + 500)).toBe(10);
    expect(valueAt(meter, meter.x - 500)).toBe(0);
  });

  it('stacks places upwards from the axis', () => {
    expect(slotCentreY(meter, 1)).toBeLessThan(slotCentreY(meter, 0));
    expect(slotCentreY(meter, 0)).toBeLessThan(meter.axisY);
    for (const slot of [0, 1, 5]) expect(slotAt(meter, slotCentreY(meter, slot) + 7)).toBe(slot);
  });

  it('is one hidden zone per value, named by the value, and one part of the board', () => {
    const zones = meterZones(meter, false);
    expect(zones.map((z) => z.id)).toEqual(Array.from({ length: 11 }, (_, v) => `nu:${v}`));
    expect(zones.every((z) => z.hidden)).toBe(true);
    expect(zones[6]?.label).toEqual({ nl: '6', en: '6' });
    expect(meterZones(meter, true)[6]?.label.nl).toBe('Waar staan we nu?: 6');
    expect(zoneAt(one, { x: columnCentreX(meter, 3), y: slotCentreY(meter, 0) })?.id).toBe('nu:3');
    expect(meterGroup(meter).zoneIds).toHaveLength(11);
  });
});

describe('a marker', () => {
  it('means the value of its column on its own scale, wherever it is dragged vertically', () => {
    const anna = markerAt(meter, 'Anna', 7);
    expect(classifyMarker(anna, one)).toEqual({
      zoneId: 'nu:7',
      label: { nl: '7', en: '7' },
      color: null,
      value: 7,
    });
    const faraway = centredAt(anna, { x: columnCentreX(meter, 7), y: 5000 });
    expect(classifyMarker(faraway, one).value).toBe(7);
  });

  it('names its scale on a board with several, and means nothing for a scale the board lacks', () => {
    expect(classifyMarker(markerAt(second, 'Bram', 2), two).label.nl).toBe('Waar staan we nu?: 2');
    expect(classifyMarker(markerAt(second, 'Bram', 2), one).zoneId).toBeNull();
  });
});

describe('the compared ronde below the axis', () => {
  const pins = (marks: Mark[]) => marks.filter((m) => m.kind === 'pin');
  const texts = (marks: Mark[]) => marks.flatMap((m) => (m.kind === 'text' ? [m.text.nl] : []));
  const previous = {
    none: { nl: 'nog niets', en: 'nothing yet' },
    previous: { nl: 'Vorige', en: 'Previous' },
    nobody: { nl: 'niemand', en: 'nobody' },
  };

  it('shows a hint while no ronde is fixed', () => {
    const marks = meterMarks(meter, comparedRonde([], previous));
    expect(pins(marks)).toEqual([]);
    expect(texts(marks)).toContain('nog niets');
    expect(texts(marks)).toEqual(expect.arrayContaining(['0', '10', 'niets', 'alles']));
  });

  it('draws the last ronde faded in its columns below the axis, and "+n" beyond the room', () => {
    const marker = (name: string, value: number, on = 'nu') => ({
      owner: name,
      name,
      colour: '#c92a2a',
      meter: on,
      value,
    });
    const rondes = [
      { id: 'r1', date: '2026-01-10', markers: [marker('Oud', 1)] },
      {
        id: 'r2',
        date: '2026-03-03',
        markers: [
          marker('Anna', 6),
          marker('Bram', 6),
          marker('Carla', 6),
          marker('Dewi', 2, 'team'),
        ],
      },
    ];
    const marks = meterMarks(meter, comparedRonde(rondes, previous));
    expect(texts(marks)).toContain('Vorige · 3 maart 2026');
    const drawn = pins(marks);
    expect(drawn.map((p) => p.kind === 'pin' && p.text)).toEqual(['Anna']);
    for (const pin of drawn) {
      if (pin.kind !== 'pin') continue;
      expect(pin.at.x).toBe(columnCentreX(meter, 6));
      expect(pin.at.y).toBeGreaterThan(meter.axisY);
      expect(pin.at.y + pin.h / 2).toBeLessThanOrEqual(meter.bottom);
    }
    expect(texts(marks)).toContain('+2');
    // A scale nobody stood on in that ronde says so.
    const nobodyThere = meterAt(100, 5000, { ...meter, id: 'ander' });
    expect(texts(meterMarks(nobodyThere, comparedRonde(rondes, previous)))).toContain(
      'Vorige · 3 maart 2026 · niemand',
    );
  });
});
