import { describe, expect, it } from 'vitest';
import type { SettingsError } from '../werkvormen/SettingsSchema.js';
import {
  dayOf,
  localizeDay,
  MAX_RONDES,
  readRondes,
  rondeLabel,
  standingMarkers,
  withNewRonde,
  type Ronde,
} from './rondes.js';
import { meterAt, type ScaleLayout } from './scale.js';
import { kaartAt, markerAt } from './testMarkers.js';

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

const ronde = (id: string, date: string, value = 5): Ronde => ({
  id,
  date,
  markers: [{ owner: 'u1', name: 'Anna', colour: '#1864ab', meter: 'nu', value }],
});

function read(value: unknown): { rondes: Ronde[]; errors: SettingsError[] } {
  const errors: SettingsError[] = [];
  return { rondes: readRondes({ rondes: value }, errors), errors };
}

describe('rondes in settings', () => {
  it('reads none when missing, and good rondes as they are', () => {
    expect(readRondes({}, [])).toEqual([]);
    const good = [ronde('r1', '2026-03-03'), ronde('r2', '2026-04-21', 7)];
    expect(read(good)).toEqual({ rondes: good, errors: [] });
  });

  it('refuses malformed rondes with a message in both languages', () => {
    const bad: unknown[] = [
      'r1',
      [{ ...ronde('r1', '2026-02-30') }],
      [{ ...ronde('x1', '2026-03-03') }],
      [ronde('r1', '2026-03-03'), ronde('r1', '2026-03-04')],
      [
        {
          ...ronde('r1', '2026-03-03'),
          markers: [{ owner: 'u1', name: 'A', colour: 'red', meter: 'nu', value: 5 }],
        },
      ],
      [
        {
          ...ronde('r1', '2026-03-03'),
          markers: [{ owner: 'u1', name: 'A', colour: '#123456', meter: 'nu', value: 11 }],
        },
      ],
      [
        {
          ...ronde('r1', '2026-03-03'),
          markers: [{ owner: '', name: 'A', colour: '#123456', meter: 'nu', value: 1 }],
        },
      ],
      Array.from({ length: MAX_RONDES + 1 }, (_, i) => ronde(`r${i + 1}`, '2026-03-03')),
    ];
    for (const value of bad) {
      const { rondes, errors } = read(value);
      expect(rondes).toEqual([]);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.field).toBe('rondes');
      expect(errors[0]?.message.en).toMatch(/round/);
    }
  });
});

describe('fixing the markers', () => {
  const cards = [
    markerAt(meter, 'Bram', 3),
    markerAt(meter, 'Anna', 8, 0),
    kaartAt('k', 'Geen markering', { x: 0, y: 0 }),
  ];

  it('keeps every marker with its person and value, in name order, and no kaart', () => {
    expect(standingMarkers(cards, layout)).toEqual([
      { owner: 'user-anna', name: 'Anna', colour: '#1864ab', meter: 'nu', value: 8 },
      { owner: 'user-bram', name: 'Bram', colour: '#1864ab', meter: 'nu', value: 3 },
    ]);
  });

  it('adds a ronde with a fresh id and the day, and refuses one more than the limit', () => {
    const first = withNewRonde([], cards, layout, '2026-03-03');
    expect(first?.map((r) => [r.id, r.date, r.markers.length])).toEqual([['r1', '2026-03-03', 2]]);
    const afterRemoval = withNewRonde([ronde('r2', '2026-01-01')], cards, layout, '2026-04-21');
    expect(afterRemoval?.map((r) => r.id)).toEqual(['r2', 'r3']);
    const full = Array.from({ length: MAX_RONDES }, (_, i) => ronde(`r${i + 1}`, '2026-01-01'));
    expect(withNewRonde(full, cards, layout, '2026-04-21')).toBeNull();
  });

  it('names a ronde by its place and its day, in both languages', () => {
    const rondes = [ronde('r1', '2026-03-03'), ronde('r4', '2026-10-21')];
    expect(rondeLabel(rondes, rondes[1]!)).toEqual({
      nl: 'Ronde 2 · 21 oktober 2026',
      en: 'Round 2 · 21 October 2026',
    });
    expect(localizeDay('2026-03-03').nl).toBe('3 maart 2026');
    expect(dayOf(new Date(2026, 2, 3, 23, 59))).toBe('2026-03-03');
  });
});
