import { zoneContains, type Zone } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { freePointInZone, zoneMiddle } from './zonePoint';

const base = { label: { nl: 'Vak', en: 'Zone' }, labelAt: { x: 0, y: 0 }, color: null };
const rect: Zone = { ...base, id: 'r', kind: 'rect', x: 0, y: 0, w: 400, h: 300 };
const ring: Zone = { ...base, id: 'g', kind: 'ring', cx: 0, cy: 0, inner: 100, outer: 200 };

describe('zonePoint', () => {
  it('puts a card inside the zone, a ring included', () => {
    for (const zone of [rect, ring]) expect(zoneContains(zone, zoneMiddle(zone))).toBe(true);
    expect(zoneMiddle(ring)).toEqual({ x: 0, y: -150 });
  });

  it('steps away from cards already there, staying inside', () => {
    expect(freePointInZone(rect, 0)).toEqual({ x: 200, y: 150 });
    expect(freePointInZone(rect, 2)).toEqual({ x: 248, y: 198 });
    for (let n = 0; n < 20; n++) expect(zoneContains(ring, freePointInZone(ring, n))).toBe(true);
  });
});
