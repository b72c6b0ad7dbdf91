/**
 * Who a connection is in presence: the presence key its socket presented (`&pk=`, see
 * `shared/src/presenceKey.ts`) and the user id derived from it. A socket without a valid key (a
 * stock client, a script) gets a random id of its own, so it can never appear as someone else.
 */
import { randomBytes } from 'node:crypto';
import { PRESENCE_KEY_PARAM, PRESENCE_KEY_PATTERN, presenceIdForKey } from '@werkbord/shared';

export interface PresenceIdentity {
  presenceKey: string | null;
  presenceId: string;
}

export function presenceIdentityOf(url: URL): PresenceIdentity {
  const key = url.searchParams.get(PRESENCE_KEY_PARAM);
  if (key !== null && PRESENCE_KEY_PATTERN.test(key)) {
    return { presenceKey: key, presenceId: presenceIdForKey(key) };
  }
  return { presenceKey: null, presenceId: randomBytes(16).toString('base64url').slice(0, 22) };
}
