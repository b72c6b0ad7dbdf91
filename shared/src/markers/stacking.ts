/**
 * Where a person's own marker stands: in the column of its value on its own scale, in the lowest
 * free place of that column, so each column reads as a bar of the distribution. Each client moves
 * only its own marker (nobody may move another's), after its own moves and when others' markers
 * change; the rule below makes those independent moves settle without fighting:
 *
 * - a marker that stands exactly in a place no other marker holds moves down when a lower place
 *   in its column is free (someone left);
 * - when two markers stand in the same place (placed at the same moment), the older marker keeps
 *   it (`outranks`), the other moves to the lowest free place;
 * - anywhere else (dragged, or just made), it goes to the lowest free place of its column.
 *
 * Only markers standing in a place hold it: one that someone is dragging across the column is in
 * flight, and moves nobody.
 */
import { cardCentre, type BoardCard, type MarkeringCard } from '../cards/BoardCard.js';
import {
  columnCentreX,
  markersOf,
  meterOf,
  slotAt,
  slotCentreY,
  valueAt,
  type Meter,
  type ScaleLayout,
} from './scale.js';

/** Below this a marker stands where it should: no write for rounding noise. */
const EPSILON = 0.5;

/** Whether a marker stands exactly in a place of its column (its middle on the column's, in a slot). */
function standsInPlace(marker: MarkeringCard, meter: Meter): boolean {
  const centre = cardCentre(marker);
  const slot = slotAt(meter, centre.y);
  return (
    slot >= 0 &&
    Math.abs(centre.x - columnCentreX(meter, valueAt(meter, centre.x))) < EPSILON &&
    Math.abs(centre.y - slotCentreY(meter, slot)) < EPSILON
  );
}

/** Whether `a` keeps a place both stand in: the older marker; of equally old ones, the lower id. */
export function outranks(a: MarkeringCard, b: MarkeringCard): boolean {
  const at = a.createdAt ?? Infinity;
  const bt = b.createdAt ?? Infinity;
  return at !== bt ? at < bt : a.id < b.id;
}

/**
 * Where `marker` should go (its top-left corner), or `null` when it stands where it should (or
 * its scale is not on the board). `cards` are all cards on the board, `marker` among them or not.
 */
export function markerSpot(
  marker: MarkeringCard,
  cards: readonly BoardCard[],
  layout: ScaleLayout,
): { x: number; y: number } | null {
  const meter = meterOf(marker, layout);
  if (!meter) return null;
  const centre = cardCentre(marker);
  const value = valueAt(meter, centre.x);
  const columnX = columnCentreX(meter, value);
  // Only markers standing in a place count: one being dragged across is in flight, not a holder.
  const others = markersOf(cards).filter(
    (other) =>
      other.id !== marker.id &&
      other.meter === marker.meter &&
      valueAt(meter, cardCentre(other).x) === value &&
      standsInPlace(other, meter),
  );
  const holders = new Map<number, MarkeringCard[]>();
  for (const other of others) {
    const slot = slotAt(meter, cardCentre(other).y);
    holders.set(slot, [...(holders.get(slot) ?? []), other]);
  }
  const free = (slot: number) => !holders.has(slot);
  const lowestFree = (below: number) => {
    for (let slot = 0; slot < below; slot++) if (free(slot)) return slot;
    return null;
  };
  const mine = slotAt(meter, centre.y);
  const aligned = standsInPlace(marker, meter);
  let target: number;
  if (aligned && (holders.get(mine) ?? []).every((other) => outranks(marker, other))) {
    const lower = lowestFree(mine);
    if (lower === null) return null;
    target = lower;
  } else {
    target = lowestFree(Infinity) ?? 0;
  }
  return {
    x: columnX - marker.w / 2,
    y: slotCentreY(meter, target) - marker.h / 2,
  };
}
