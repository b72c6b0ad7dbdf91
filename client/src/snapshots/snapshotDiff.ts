/**
 * What changed between two momentopnamen, in the werkvorm's own terms: each side's cards are
 * classified with that side's werkvorm and layout (`classify`), then compared by card id. A card
 * whose zone differs "moved" ("3 kaarten van betrokkenheid naar invloed"); moves are grouped by
 * their from and to zone.
 */
import {
  findZone,
  type BoardCard,
  type Layout,
  type Localized,
  type Werkvorm,
} from '@werkbord/shared';

export interface SnapshotSide {
  cards: readonly BoardCard[];
  werkvorm: Werkvorm;
  layout: Layout;
}

export interface ZoneMove {
  /** The zone's label; `null` for outside every zone. */
  from: Localized | null;
  to: Localized | null;
  count: number;
}

export interface SnapshotDiff {
  added: number;
  removed: number;
  /** Cards in both whose zone differs, grouped, largest group first. */
  moves: ZoneMove[];
  /** Cards in both that stayed in their zone. */
  unchanged: number;
}

interface Where {
  zoneId: string | null;
  label: Localized | null;
}

function placements(side: SnapshotSide): Map<string, Where> {
  const result = new Map<string, Where>();
  for (const card of side.cards) {
    const placement = side.werkvorm.classify(card, side.layout);
    const zone = placement.zoneId ? findZone(side.layout, placement.zoneId) : undefined;
    result.set(card.id, {
      zoneId: placement.zoneId,
      label: zone?.label ?? (placement.zoneId ? placement.label : null),
    });
  }
  return result;
}

export function diffSnapshots(before: SnapshotSide, after: SnapshotSide): SnapshotDiff {
  const was = placements(before);
  const now = placements(after);
  let added = 0;
  let unchanged = 0;
  const moves = new Map<string, ZoneMove>();
  for (const [id, where] of now) {
    const old = was.get(id);
    if (!old) {
      added += 1;
    } else if (old.zoneId === where.zoneId) {
      unchanged += 1;
    } else {
      const key = `${old.zoneId ?? ''}→${where.zoneId ?? ''}`;
      const move = moves.get(key) ?? { from: old.label, to: where.label, count: 0 };
      move.count += 1;
      moves.set(key, move);
    }
  }
  const removed = [...was.keys()].filter((id) => !now.has(id)).length;
  return {
    added,
    removed,
    moves: [...moves.values()].sort((a, b) => b.count - a.count),
    unchanged,
  };
}
