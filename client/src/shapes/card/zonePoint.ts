import { zoneContains, type Point, type Zone } from '@werkbord/shared';

/** Where a card moved into `zone` goes: its middle (in a ring, halfway between its circles). */
export function zoneMiddle(zone: Zone): Point {
  switch (zone.kind) {
    case 'rect':
    case 'lane':
      return { x: zone.x + zone.w / 2, y: zone.y + zone.h / 2 };
    case 'circle':
      return { x: zone.cx, y: zone.cy };
    case 'ring':
      return { x: zone.cx, y: zone.cy - (zone.inner + zone.outer) / 2 };
  }
}

/**
 * The middle of `zone`, stepped down and right for each card already there, so that moved cards
 * do not land exactly on one another; back to the middle when a step would leave the zone.
 */
export function freePointInZone(zone: Zone, cardsThere: number, step = 24): Point {
  const middle = zoneMiddle(zone);
  const offset = (cardsThere % 8) * step;
  const stepped = { x: middle.x + offset, y: middle.y + offset };
  return zoneContains(zone, stepped) ? stepped : middle;
}
