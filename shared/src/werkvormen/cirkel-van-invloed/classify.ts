/**
 * A card on the cirkel van invloed belongs to the owner whose grid cell holds its centre, and lies
 * in their invloed, their betrokkenheid, or outside both. Pairs are found by owner id, so renaming
 * or adding owners keeps every card with its owner.
 */
import { cardCentre, type BoardCard } from '../../cards/BoardCard.js';
import type { Localized } from '../../i18n.js';
import { zoneAt } from '../Layout.js';
import { REFLECTIE_PLACEMENT, REFLECTIE_ZONE_ID } from '../reflectie.js';
import { followZone } from '../followZones.js';
import type { CardMove, Placement } from '../Werkvorm.js';
import {
  AREA_COLORS,
  VERZAMEL_ZONE_ID,
  areaZoneId,
  type Area,
  type CirclePair,
  type CirkelLayout,
} from './layout.js';
import { AREA_LABELS, ZONE_LABELS } from './texts.js';

/** The pair whose cell holds a card's centre. */
export function pairOf(card: BoardCard, layout: CirkelLayout): CirclePair | undefined {
  const c = cardCentre(card);
  return layout.pairs.find(
    ({ cell }) => c.x >= cell.x && c.x < cell.x + cell.w && c.y >= cell.y && c.y < cell.y + cell.h,
  );
}

/** Whose circles a card lies in, and where: invloed, betrokkenheid or buiten; `null` off the grid. */
export function circleOf(
  card: BoardCard,
  layout: CirkelLayout,
): { ownerId: string; area: Area } | null {
  const pair = pairOf(card, layout);
  if (!pair) return null;
  const c = cardCentre(card);
  const d = Math.hypot(c.x - pair.cx, c.y - pair.cy);
  const area =
    d < layout.invloedRadius
      ? 'invloed'
      : d < layout.betrokkenheidRadius
        ? 'betrokkenheid'
        : 'buiten';
  return { ownerId: pair.ownerId, area };
}

export function classifyCirkel(card: BoardCard, layout: CirkelLayout): Placement {
  const zone = zoneAt(layout, cardCentre(card));
  if (zone?.id === REFLECTIE_ZONE_ID) return REFLECTIE_PLACEMENT;
  if (zone?.id === VERZAMEL_ZONE_ID) {
    return { zoneId: zone.id, label: ZONE_LABELS.verzameld, color: null };
  }
  const circle = circleOf(card, layout);
  if (!circle) return { zoneId: null, label: { nl: '', en: '' }, color: null };
  const area = AREA_LABELS[circle.area];
  // With one pair the name adds nothing; with several the card says whose circle it is in.
  const pair = layout.pairs.find((p) => p.ownerId === circle.ownerId) as CirclePair;
  const label: Localized =
    layout.pairs.length > 1
      ? { nl: `${area.nl} · ${pair.name}`, en: `${area.en} · ${pair.name}` }
      : area;
  if (circle.area === 'buiten') return { zoneId: null, label, color: null };
  return {
    zoneId: areaZoneId(circle.ownerId, circle.area),
    label,
    color: AREA_COLORS[circle.area],
  };
}

/**
 * After the owners changed: cards move with their owner's pair (by id). Cards of an owner who was
 * removed move right, beyond the grid and the reflectie zone, keeping their arrangement, so they
 * are not silently counted for whoever now has that place in the grid.
 */
export function relayoutCirkel(
  cards: readonly BoardCard[],
  oldLayout: CirkelLayout,
  newLayout: CirkelLayout,
): CardMove[] {
  const gridRight = Math.max(...oldLayout.pairs.map((p) => p.cell.x + p.cell.w), 0);
  const reflectie = newLayout.zones.find((z) => z.id === REFLECTIE_ZONE_ID);
  const parkX =
    Math.max(gridRight, reflectie && 'x' in reflectie ? reflectie.x + reflectie.w : 0) + 200;
  const moves: CardMove[] = [];
  for (const card of cards) {
    const from = pairOf(card, oldLayout);
    if (!from) {
      const move = followZone(card, oldLayout, newLayout);
      if (move) moves.push(move);
      continue;
    }
    const to = newLayout.pairs.find((p) => p.ownerId === from.ownerId);
    const dx = to ? to.cx - from.cx : parkX;
    const dy = to ? to.cy - from.cy : 0;
    if (dx !== 0 || dy !== 0) moves.push({ id: card.id, x: card.x + dx, y: card.y + dy });
  }
  return moves;
}
