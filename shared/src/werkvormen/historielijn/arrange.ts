/**
 * Keeps anecdotes at close dates from covering each other: cards on the tijdbalk are dealt into
 * rows above and below the axis (nearest rows first, alternating), each card into the first row
 * where it fits after the previous card. Only y changes, so every date stays as it is.
 * Deterministic: the same cards always give the same rows.
 */
import { cardCentre, type BoardCard } from '../../cards/BoardCard.js';
import { zoneAt } from '../Layout.js';
import type { CardMove } from '../Werkvorm.js';
import { TIJDBALK_ZONE_ID, type HistorielijnLayout } from './layout.js';

/** Horizontal room kept between two cards in one row, and vertical room between rows. */
const GAP_X = 16;
const GAP_Y = 24;

/** Moves (y only) that lay the tijdbalk's cards out in rows without overlap where there is room. */
export function arrangeAnecdotes(
  cards: readonly BoardCard[],
  layout: HistorielijnLayout,
): CardMove[] {
  const onAxis = cards
    .filter((card) => zoneAt(layout, cardCentre(card))?.id === TIJDBALK_ZONE_ID)
    .sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (onAxis.length === 0) return [];
  const pitch = Math.max(...onAxis.map((card) => card.h)) + GAP_Y;
  const perSide = Math.max(1, Math.floor((layout.band - layout.cardGap) / pitch));
  // Row order: nearest above, nearest below, then one further out on each side, and so on.
  const rows = Array.from({ length: perSide * 2 }, (_, i) => ({
    above: i % 2 === 0,
    depth: Math.floor(i / 2),
    right: -Infinity,
  }));
  const moves: CardMove[] = [];
  for (const card of onAxis) {
    const row =
      rows.find((r) => r.right + GAP_X <= card.x) ??
      rows.reduce((best, r) => (r.right < best.right ? r : best));
    row.right = card.x + card.w;
    const y = row.above
      ? layout.axis.y - layout.cardGap - row.depth * pitch - card.h
      : layout.axis.y + layout.cardGap + row.depth * pitch;
    if (y !== card.y) moves.push({ id: card.id, x: card.x, y });
  }
  return moves;
}
