/**
 * The historielijn keeps an anekdote's place and its date in step: dragging a card on the tijdbalk
 * writes the date its place means; typing a date moves the card to that date. Pure: given the
 * card before and after a local change, it says what to do, so the loop guards are testable.
 *
 * There is no "who did this" flag: each direction stops at a fixed point. After we write the
 * date a position means, the position already means that date, so no move follows; after we move
 * a card to its date, its place means that date, so no new date follows.
 */
import {
  CARD_SIZE,
  Historielijn,
  parsePeriod,
  periodEnd,
  periodStart,
  periodToIso,
  type BoardCard,
  type CardMove,
  type Period,
  type Werkvorm,
} from '@werkbord/shared';

/** An anekdote as its shape holds it: the card (page bounds) and the raw `date` prop. */
export interface DatedCard {
  card: BoardCard;
  date: string;
}

export type DateSyncAction =
  | { kind: 'none' }
  | { kind: 'set-date'; date: string }
  | { kind: 'move'; move: CardMove };

const NONE: DateSyncAction = { kind: 'none' };
/** Room between the axis' end and a card whose date lies outside the period. */
const OFF_AXIS_GAP = 40;

function boundsChanged(a: BoardCard, b: BoardCard): boolean {
  return a.x !== b.x || a.y !== b.y || a.w !== b.w || a.h !== b.h;
}

/**
 * What a local change (or creation, `prev === null`) of an anekdote asks for. Only the tijdbalk
 * dates cards: in the toetreding lane, reflectie or elsewhere nothing is forced.
 */
export function dateSyncAction(
  prev: DatedCard | null,
  next: DatedCard,
  werkvorm: Werkvorm,
  layout: Historielijn.HistorielijnLayout,
): DateSyncAction {
  const moved = prev ? boundsChanged(prev.card, next.card) : next.date === '';
  const redated = prev ? prev.date !== next.date : next.date !== '';
  // Both at once (undo, redo, a paste): the record is consistent as it is.
  if (moved === redated) return NONE;
  const placement = werkvorm.classify(next.card, layout);
  if (placement.zoneId !== Historielijn.TIJDBALK_ZONE_ID || !placement.period) return NONE;
  const here = periodToIso(placement.period);
  if (moved) return here === next.date ? NONE : { kind: 'set-date', date: here };

  const period = parsePeriod(next.date);
  if (!period || periodToIso(period) === here) return NONE;
  const wasRange = prev ? parsePeriod(prev.date)?.kind === 'range' : false;
  return { kind: 'move', move: moveToDate(next.card, period, wasRange, layout) };
}

/**
 * Where a card goes for a date: centred on a point, spanning a range. A card that stops being a
 * range gets the default width back. A date outside the period puts the card just beyond that end
 * of the axis, off the tijdbalk, so it keeps the date written on it (as relayout does).
 */
export function moveToDate(
  card: BoardCard,
  period: Period,
  wasRange: boolean,
  layout: Historielijn.HistorielijnLayout,
): CardMove {
  const width = period.kind === 'point' && wasRange ? CARD_SIZE.anekdote.w : card.w;
  const { startMonth, endMonth, x0, x1 } = layout.axis;
  let { x, w } = Historielijn.placeOnAxis(period, width, layout);
  if (periodStart(period) < startMonth) {
    w = width;
    x = x0 - w - OFF_AXIS_GAP;
  } else if (periodEnd(period) > endMonth) {
    w = width;
    x = x1 + OFF_AXIS_GAP;
  }
  return { id: card.id, x, y: card.y, ...(w !== card.w ? { w } : {}) };
}
