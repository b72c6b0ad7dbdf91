/**
 * The centre a relation can end at, when the werkvorm has one (the stakeholdermap's initiative,
 * `werkvormen/stakeholdermap/`), drawn by the background from the layout (it is no shape). Read
 * from the werkvorm store, so it follows settings changes.
 */
import { CENTRE } from '@werkbord/shared';
import { useWerkvormStore } from '../../werkvorm/werkvormStore';
import type { Point, RelatieArea } from './relatieGeometry';

export { CENTRE };

/** The centre of the open board when its werkvorm has relations; `null` otherwise. */
export function currentCentre(): Extract<RelatieArea, { kind: 'circle' }> | null {
  const { werkvorm, client, layout } = useWerkvormStore.getState();
  return werkvorm.relations ? (client.relationCentre?.(layout) ?? null) : null;
}

/** Whether relations belong to the open board's werkvorm (only then the tool is offered). */
export function relationsEnabled(): boolean {
  return useWerkvormStore.getState().werkvorm.relations;
}

export function isInCentre(point: Point): boolean {
  const centre = currentCentre();
  return centre !== null && Math.hypot(point.x - centre.cx, point.y - centre.cy) <= centre.r;
}
