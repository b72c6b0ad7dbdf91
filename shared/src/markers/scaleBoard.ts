/**
 * What a board with scales means, beyond its own zones: a marker means its value on its own
 * scale; a card on a scale lies in that value's column; reflectie is reflectie. The werkvorm says
 * what its other zones mean.
 */
import { cardCentre, type BoardCard } from '../cards/BoardCard.js';
import { findZone, zoneAt, zoneBounds, type Zone } from '../werkvormen/Layout.js';
import { REFLECTIE_PLACEMENT, REFLECTIE_ZONE_ID } from '../werkvormen/reflectie.js';
import type { CardMove, Placement } from '../werkvormen/Werkvorm.js';
import { classifyMarker, type ScaleLayout } from './scale.js';

const NOWHERE: Placement = { zoneId: null, label: { nl: '', en: '' }, color: null };

export function classifyOnScaleBoard(
  card: BoardCard,
  layout: ScaleLayout,
  ownZone: (zone: Zone) => Placement,
): Placement {
  if (card.kind === 'markering') return classifyMarker(card, layout);
  const zone = zoneAt(layout, cardCentre(card));
  if (!zone) return NOWHERE;
  if (zone.id === REFLECTIE_ZONE_ID) return REFLECTIE_PLACEMENT;
  // A card on a scale: its column, without colour (markers have their people's).
  if (zone.hidden) return { zoneId: zone.id, label: zone.label, color: null };
  return ownZone(zone);
}

/**
 * Cards follow their zones to the new layout, keeping their place within the zone in proportion
 * when it changed size (the energiemeter's areas move beside the meters when a topic is added), so
 * every card keeps its meaning. Markers are left to their owners: nobody moves another's marker,
 * and each owner's client puts theirs back on its scale (`stacking.ts`); its value (its column)
 * does not change, since every scale keeps its columns where they were.
 */
export function relayoutScaleBoard(
  cards: readonly BoardCard[],
  oldLayout: ScaleLayout,
  newLayout: ScaleLayout,
): CardMove[] {
  const moves: CardMove[] = [];
  for (const card of cards) {
    if (card.kind === 'markering') continue;
    const centre = cardCentre(card);
    const from = zoneAt(oldLayout, centre);
    const to = from && findZone(newLayout, from.id);
    if (!from || !to) continue;
    const a = zoneBounds(from);
    const b = zoneBounds(to);
    if (a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h) continue;
    const x = b.x + ((centre.x - a.x) / a.w) * b.w;
    const y = b.y + ((centre.y - a.y) / a.h) * b.h;
    moves.push({ id: card.id, x: x - card.w / 2, y: y - card.h / 2 });
  }
  return moves;
}
