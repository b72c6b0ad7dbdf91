/**
 * On the walls a card means "klaag", "jubel" or "ambitie" and takes that zone's colour; cards
 * lying against each other form a cluster (the group slid similar cards together).
 */
import {
  cardCentre,
  compareReadingOrder,
  type Bounds,
  type BoardCard,
} from '../../cards/BoardCard.js';
import { zoneAt, type Layout } from '../Layout.js';
import { REFLECTIE_PLACEMENT, REFLECTIE_ZONE_ID } from '../reflectie.js';
import type { Placement } from '../Werkvorm.js';
import { WALL_COLORS, type WallZone } from './layout.js';
import { ZONE_TEXTS } from './texts.js';

export function classifyKlaagEnJubelmuur(card: BoardCard, layout: Layout): Placement {
  const zone = zoneAt(layout, cardCentre(card));
  if (!zone) return { zoneId: null, label: { nl: '', en: '' }, color: null };
  if (zone.id === REFLECTIE_ZONE_ID) return REFLECTIE_PLACEMENT;
  const id = zone.id as WallZone;
  return { zoneId: id, label: ZONE_TEXTS[id].short, color: WALL_COLORS[id] };
}

/** Cards closer than this (in page units) belong together. */
export const CLUSTER_GAP = 24;

/** Whether two rectangles overlap or are at most `gap` apart, horizontally and vertically. */
export function areNear(a: Bounds, b: Bounds, gap = CLUSTER_GAP): boolean {
  return (
    a.x <= b.x + b.w + gap &&
    b.x <= a.x + a.w + gap &&
    a.y <= b.y + b.h + gap &&
    b.y <= a.y + a.h + gap
  );
}

/**
 * Groups of cards that touch, directly or through others (connected components of "near").
 * Each group is in reading order, and the groups in the reading order of their first card.
 */
export function clusterCards<C extends BoardCard>(cards: readonly C[], gap = CLUSTER_GAP): C[][] {
  const sorted = [...cards].sort(compareReadingOrder);
  const parent = sorted.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      if (areNear(sorted[i] as C, sorted[j] as C, gap)) {
        // The smaller index becomes the root, so a group is named by its first card.
        const [a, b] = [root(i), root(j)].sort((x, y) => x - y) as [number, number];
        parent[b] = a;
      }
    }
  }
  const groups = new Map<number, C[]>();
  sorted.forEach((card, i) => {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), card]);
  });
  return [...groups.values()];
}
