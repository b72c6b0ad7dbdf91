/**
 * What a card means on the historielijn: on the tijdbalk its date (a point from its centre, a
 * range from its edges), in the lane the moment someone joined. When the period changes, cards
 * are moved so each keeps its date.
 */
import { cardCentre, type BoardCard } from '../../cards/BoardCard.js';
import { localizePeriod, makeRange, pointFromMonthIndex, type Period } from '../../cards/period.js';
import { findZone, zoneAt } from '../Layout.js';
import { REFLECTIE_PLACEMENT, REFLECTIE_ZONE_ID } from '../reflectie.js';
import { followZone } from '../followZones.js';
import type { CardMove, Placement } from '../Werkvorm.js';
import {
  TIJDBALK_ZONE_ID,
  TOETREDING_ZONE_ID,
  dateForX,
  monthAtX,
  xForMonth,
  type HistorielijnLayout,
} from './layout.js';

const NOWHERE: Placement = { zoneId: null, label: { nl: '', en: '' }, color: null };

/** A range card's dates from its edges, rounded to the nearest month (or year) boundary. */
function rangeFromEdges(
  left: number,
  right: number,
  precision: 'month' | 'year',
  layout: HistorielijnLayout,
): Period {
  const unit = precision === 'year' ? 12 : 1;
  const { startMonth, endMonth } = layout.axis;
  const first = Math.floor(startMonth / unit);
  const last = Math.ceil(endMonth / unit) - 1;
  const from = Math.min(Math.max(Math.round(monthAtX(left, layout) / unit), first), last);
  const to = Math.min(Math.max(Math.round(monthAtX(right, layout) / unit) - 1, from), last);
  const range = makeRange(
    pointFromMonthIndex(from * unit, precision),
    pointFromMonthIndex(to * unit, precision),
  );
  // makeRange cannot refuse here (to ≥ from), but the type says it could.
  return range ?? { kind: 'point', at: pointFromMonthIndex(from * unit, precision) };
}

/**
 * The date a card's position means on the axis. A card keeps the precision its own date has
 * (a year stays a year, a range a range); other cards get the layout's precision.
 */
export function periodFromPosition(card: BoardCard, layout: HistorielijnLayout): Period {
  const own = card.kind === 'anekdote' ? card.period : null;
  if (own?.kind === 'range') {
    const precision = own.from.month === null && own.to.month === null ? 'year' : 'month';
    return rangeFromEdges(card.x, card.x + card.w, precision, layout);
  }
  const precision = own ? (own.at.month === null ? 'year' : 'month') : layout.precision;
  return { kind: 'point', at: dateForX(cardCentre(card).x, layout, precision) };
}

/** Where the card lies: its date on the tijdbalk or in the lane, reflectie, or nowhere. */
export function classifyHistorielijn(card: BoardCard, layout: HistorielijnLayout): Placement {
  const zone = zoneAt(layout, cardCentre(card));
  if (zone?.id === REFLECTIE_ZONE_ID) return REFLECTIE_PLACEMENT;
  if (zone?.id === TIJDBALK_ZONE_ID) {
    const period = periodFromPosition(card, layout);
    return { zoneId: zone.id, label: localizePeriod(period), color: null, period };
  }
  if (zone?.id === TOETREDING_ZONE_ID) {
    const period: Period = {
      kind: 'point',
      at: dateForX(cardCentre(card).x, layout, layout.precision),
    };
    return { zoneId: zone.id, label: localizePeriod(period), color: null, period };
  }
  return NOWHERE;
}

/**
 * After the period changed: moves that keep every card on the tijdbalk and in the lane at its
 * date (its centre, or for a range card both edges, so its width may change), and the
 * reflectie cards with their zone. A date outside the new period ends up beyond the axis.
 */
export function relayoutCards(
  cards: readonly BoardCard[],
  oldLayout: HistorielijnLayout,
  newLayout: HistorielijnLayout,
): CardMove[] {
  const moves: CardMove[] = [];
  const remap = (x: number) => xForMonth(monthAtX(x, oldLayout), newLayout);
  for (const card of cards) {
    const zone = zoneAt(oldLayout, cardCentre(card));
    if (zone?.id !== TIJDBALK_ZONE_ID && zone?.id !== TOETREDING_ZONE_ID) {
      const move = followZone(card, oldLayout, newLayout);
      if (move) moves.push(move);
      continue;
    }
    const target = findZone(newLayout, zone.id);
    const dy = target && 'y' in target && 'y' in zone ? target.y - zone.y : 0;
    const isRange = card.kind === 'anekdote' && card.period?.kind === 'range';
    const x = isRange ? remap(card.x) : remap(card.x + card.w / 2) - card.w / 2;
    const w = isRange ? remap(card.x + card.w) - x : card.w;
    const move: CardMove = { id: card.id, x, y: card.y + dy };
    if (Math.abs(w - card.w) > 1e-6) move.w = w;
    if (Math.abs(x - card.x) > 1e-6 || dy !== 0 || move.w !== undefined) moves.push(move);
  }
  return moves;
}
