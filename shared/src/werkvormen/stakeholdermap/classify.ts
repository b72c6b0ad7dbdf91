/**
 * On the stakeholdermap a card's ring is decided by the distance of its centre from the centre of
 * the map. When the number of rings changes, cards move radially so each keeps its ring.
 */
import { cardCentre, type BoardCard } from '../../cards/BoardCard.js';
import { REFLECTIE_PLACEMENT, inReflectie } from '../reflectie.js';
import { followZone } from '../followZones.js';
import type { CardMove, Placement } from '../Werkvorm.js';
import { CENTRE_ZONE_ID, ringZoneId, type StakeholdermapLayout } from './layout.js';
import { HARVEST_LABELS } from './texts.js';

function distance(card: BoardCard, layout: StakeholdermapLayout) {
  const c = cardCentre(card);
  return Math.hypot(c.x - layout.centre.x, c.y - layout.centre.y);
}

/** The ring a distance falls in: 0 for the centre, 1…n, or `null` outside the outer ring. */
export function ringAtDistance(d: number, layout: StakeholdermapLayout): number | null {
  if (d < layout.centreRadius) return 0;
  const index = layout.ringRadii.findIndex((outer) => d < outer);
  return index === -1 ? null : index + 1;
}

/** The ring a card lies in: 0 for the centre, 1…n, or `null` (outside, or in reflectie). */
export function ringOf(card: BoardCard, layout: StakeholdermapLayout): number | null {
  return inReflectie(card, layout) ? null : ringAtDistance(distance(card, layout), layout);
}

export function classifyStakeholdermap(card: BoardCard, layout: StakeholdermapLayout): Placement {
  if (inReflectie(card, layout)) return REFLECTIE_PLACEMENT;
  const ring = ringOf(card, layout);
  if (ring === null) return { zoneId: null, label: HARVEST_LABELS.buiten, color: null };
  if (ring === 0) return { zoneId: CENTRE_ZONE_ID, label: HARVEST_LABELS.centrum, color: null };
  return {
    zoneId: ringZoneId(ring),
    label: { nl: `ring ${ring}`, en: `ring ${ring}` },
    color: null,
  };
}

/** Inner and outer radius of ring n (1-based). */
function ringBand(n: number, layout: StakeholdermapLayout) {
  const inner = n === 1 ? layout.centreRadius : (layout.ringRadii[n - 2] as number);
  return { inner, outer: layout.ringRadii[n - 1] as number };
}

/**
 * After the number of rings changed: each card in a ring moves along its ray to the same relative
 * depth in the same ring of the new layout. Cards in a ring that no longer exists move to just
 * outside the outer ring, so they show as "buiten de ringen" rather than silently joining another
 * ring. The centre, cards outside the rings and reflectie keep their places (or follow their zone).
 */
export function relayoutStakeholders(
  cards: readonly BoardCard[],
  oldLayout: StakeholdermapLayout,
  newLayout: StakeholdermapLayout,
): CardMove[] {
  const moves: CardMove[] = [];
  for (const card of cards) {
    const ring = ringOf(card, oldLayout);
    if (ring === null || ring === 0) {
      const move = inReflectie(card, oldLayout) ? followZone(card, oldLayout, newLayout) : null;
      if (move) moves.push(move);
      continue;
    }
    const d = distance(card, oldLayout);
    const from = ringBand(ring, oldLayout);
    const depth = (d - from.inner) / (from.outer - from.inner);
    const outer = newLayout.ringRadii[newLayout.ringRadii.length - 1] as number;
    const to = ring <= newLayout.ringRadii.length ? ringBand(ring, newLayout) : null;
    const target = to ? to.inner + depth * (to.outer - to.inner) : outer + 80 + depth * 200;
    if (Math.abs(target - d) < 1e-9) continue;
    const c = cardCentre(card);
    const scale = target / d;
    const x = newLayout.centre.x + (c.x - oldLayout.centre.x) * scale - card.w / 2;
    const y = newLayout.centre.y + (c.y - oldLayout.centre.y) * scale - card.h / 2;
    moves.push({ id: card.id, x, y });
  }
  return moves;
}
