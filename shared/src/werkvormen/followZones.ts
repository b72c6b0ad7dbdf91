/**
 * The common part of keeping meaning across a settings change: a card lying in a zone that moved
 * (same id, new place) moves along with it, keeping its offset. Werkvormen whose zones change
 * size (a longer tijdbalk, thinner rings) add their own mapping on top.
 */
import { cardCentre, type BoardCard } from '../cards/BoardCard.js';
import { findZone, zoneAt, type Layout, type Point, type Zone } from './Layout.js';
import type { CardMove } from './Werkvorm.js';

/** The point a zone is anchored at: its top-left corner or its centre. */
export function zoneAnchor(zone: Zone): Point {
  return zone.kind === 'circle' || zone.kind === 'ring'
    ? { x: zone.cx, y: zone.cy }
    : { x: zone.x, y: zone.y };
}

/** The move for one card that follows its zone, or `null` when the zone stayed (or vanished). */
export function followZone(card: BoardCard, oldLayout: Layout, newLayout: Layout): CardMove | null {
  const from = zoneAt(oldLayout, cardCentre(card));
  const to = from && findZone(newLayout, from.id);
  if (!from || !to) return null;
  const a = zoneAnchor(from);
  const b = zoneAnchor(to);
  if (a.x === b.x && a.y === b.y) return null;
  return { id: card.id, x: card.x + b.x - a.x, y: card.y + b.y - a.y };
}

/** The moves of every card whose zone moved. */
export function followZones(
  cards: readonly BoardCard[],
  oldLayout: Layout,
  newLayout: Layout,
): CardMove[] {
  return cards.flatMap((card) => followZone(card, oldLayout, newLayout) ?? []);
}
