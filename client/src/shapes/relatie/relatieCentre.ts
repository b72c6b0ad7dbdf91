/**
 * The centre a relation can end at: the stakeholdermap's initiative, drawn by the background from
 * the layout (it is no shape). Read from the werkvorm store, so it follows settings changes.
 */
import { CENTRE, Stakeholdermap, type Layout } from '@werkbord/shared';
import { useWerkvormStore } from '../../werkvorm/werkvormStore';
import type { Point, RelatieArea } from './relatieGeometry';

export { CENTRE };

/** The centre circle of a layout, or `null` when the layout has none (other werkvormen). */
export function centreArea(layout: Layout): Extract<RelatieArea, { kind: 'circle' }> | null {
  const zone = layout.zones.find((z) => z.id === Stakeholdermap.CENTRE_ZONE_ID);
  if (!zone || zone.kind !== 'circle') return null;
  return { kind: 'circle', cx: zone.cx, cy: zone.cy, r: zone.r };
}

/** The centre of the open board when its werkvorm has relations; `null` otherwise. */
export function currentCentre(): Extract<RelatieArea, { kind: 'circle' }> | null {
  const { werkvorm, layout } = useWerkvormStore.getState();
  return werkvorm.relations ? centreArea(layout) : null;
}

/** Whether relations belong to the open board's werkvorm (only then the tool is offered). */
export function relationsEnabled(): boolean {
  return useWerkvormStore.getState().werkvorm.relations;
}

export function isInCentre(point: Point): boolean {
  const centre = currentCentre();
  return centre !== null && Math.hypot(point.x - centre.cx, point.y - centre.cy) <= centre.r;
}
