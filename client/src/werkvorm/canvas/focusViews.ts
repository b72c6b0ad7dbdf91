/**
 * The parts of a board one can bring into view on their own ("Ga naar"): each wall, the tijdbalk
 * and its lane, each ring with what lies inside it, each person's pair of circles, reflectie.
 * Derived from the layout alone (its zones and the groups it declares), so every werkvorm gets
 * them without code of its own; the
 * begeleider steps through them on the projector (the buttons beside "Alles in beeld", or
 * Page Down / Page Up while presenting).
 */
import {
  REFLECTIE_ZONE_ID,
  zoneBounds,
  type Bounds,
  type Layout,
  type Localized,
  type Zone,
} from '@werkbord/shared';

export interface FocusView {
  id: string;
  label: Localized;
  /** Page space: what fills the screen. */
  bounds: Bounds;
}

/** Room kept around a part, in page units, so its edge and label are not on the screen's edge. */
const MARGIN = 40;

function grown({ x, y, w, h }: Bounds): Bounds {
  return { x: x - MARGIN, y: y - MARGIN, w: w + 2 * MARGIN, h: h + 2 * MARGIN };
}

/** A part for a zone: rectangles and lanes as they are; a ring with everything inside it. */
function zoneView(zone: Zone): FocusView | null {
  if (zone.kind === 'circle') return null;
  return { id: zone.id, label: zone.label, bounds: grown(zoneBounds(zone)) };
}

/**
 * The parts of a layout, in its own order (a group where its first zone is: a scale before the
 * columns below it), reflectie last.
 */
export function focusViews(layout: Layout): FocusView[] {
  const groups = layout.groups ?? [];
  const at = new Map(layout.zones.map((zone, index) => [zone.id, index]));
  // Zones the layout groups (a person's two circles) are one part: the group's.
  const grouped = new Set(groups.flatMap((group) => group.zoneIds));
  const perGroup = groups.map(({ id, label, bounds, zoneIds }) => ({
    view: { id, label, bounds: grown(bounds) },
    order: Math.min(...zoneIds.map((zoneId) => at.get(zoneId) ?? Infinity)),
  }));
  const zones = layout.zones.flatMap((zone, order) => {
    const view = grouped.has(zone.id) ? null : zoneView(zone);
    return view ? [{ view, order }] : [];
  });
  const parts = [...zones, ...perGroup].sort((a, b) => a.order - b.order).map((part) => part.view);
  const reflectie = parts.filter((view) => view.id === REFLECTIE_ZONE_ID);
  return [...parts.filter((view) => view.id !== REFLECTIE_ZONE_ID), ...reflectie];
}

/** The next part from `current` (`null`: the whole board) in `direction`, wrapping through the whole board. */
export function stepView(
  views: readonly FocusView[],
  current: string | null,
  direction: 1 | -1,
): FocusView | null {
  const ids = [null, ...views.map((view) => view.id)];
  const at = Math.max(0, ids.indexOf(current));
  const next = ids[(at + direction + ids.length) % ids.length] ?? null;
  return views.find((view) => view.id === next) ?? null;
}
