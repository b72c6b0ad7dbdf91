/**
 * What each client publishes in its awareness state (y-protocols), besides tldraw's presence:
 *
 *     { user: { id, name, color, role }, presence: TLInstancePresence | null }
 *
 * `user` feeds the participant list; `presence` feeds the cursors on the canvas. Awareness comes
 * from other people's browsers, so every field is checked before use.
 */
import { isRole, type Role } from '@werkbord/shared';

export const AwarenessField = {
  User: 'user',
  Presence: 'presence',
} as const;

export interface AwarenessUser {
  /** The stable per-browser id (without tldraw's `user:` prefix). */
  id: string;
  name: string;
  /** `#rrggbb` */
  color: string;
  role: Role;
}

export function readAwarenessUser(state: unknown): AwarenessUser | null {
  if (typeof state !== 'object' || state === null) return null;
  const user = (state as Record<string, unknown>)[AwarenessField.User];
  if (typeof user !== 'object' || user === null) return null;
  const { id, name, color, role } = user as Record<string, unknown>;
  if (typeof id !== 'string' || id.length === 0 || id.length > 64) return null;
  if (typeof name !== 'string' || name.trim().length === 0) return null;
  if (typeof color !== 'string' || !/^#[0-9a-f]{6}$/i.test(color)) return null;
  if (!isRole(role)) return null;
  return { id, name: name.slice(0, 60), color, role };
}

export function readAwarenessPresence(state: unknown): Record<string, unknown> | null {
  if (typeof state !== 'object' || state === null) return null;
  const presence = (state as Record<string, unknown>)[AwarenessField.Presence];
  return typeof presence === 'object' && presence !== null && !Array.isArray(presence)
    ? (presence as Record<string, unknown>)
    : null;
}
