/**
 * The participant list, derived from awareness states: one row per person (a person with two
 * tabs open counts once), me first, then begeleiders, deelnemers and meekijkers, by name.
 */
import { Role } from '@werkbord/shared';
import { readAwarenessUser, type AwarenessUser } from './awarenessUser';

export interface Participant extends AwarenessUser {
  isSelf: boolean;
}

const ROLE_ORDER: Record<Role, number> = {
  [Role.Facilitator]: 0,
  [Role.Participant]: 1,
  [Role.Viewer]: 2,
};

export function participantsFrom(
  states: ReadonlyMap<number, unknown>,
  selfClientId: number,
): Participant[] {
  const self = readAwarenessUser(states.get(selfClientId));
  const byId = new Map<string, Participant>();
  for (const [clientId, state] of states) {
    const user = readAwarenessUser(state);
    if (!user) continue;
    const isSelf = clientId === selfClientId || user.id === self?.id;
    if (!byId.has(user.id) || isSelf) byId.set(user.id, { ...user, isSelf });
  }
  return [...byId.values()].sort(
    (a, b) =>
      Number(b.isSelf) - Number(a.isSelf) ||
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      a.name.localeCompare(b.name, 'nl'),
  );
}
