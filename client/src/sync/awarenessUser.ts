/**
 * What each client publishes in its awareness state (y-protocols), besides tldraw's presence:
 *
 *     { user: { id, name, color, role }, presence: TLInstancePresence | null,
 *       colour: { userId, colour, since } }
 *
 * `user` feeds the participant list; `presence` feeds the cursors on the canvas; `colour` is the
 * person's claim on a colour (`identity/colourClaim.ts`), which wins over `user.color` as soon as
 * it changes. Awareness comes from other people's browsers, so every field is checked before use.
 */
import { isRole, type Role } from '@werkbord/shared';
import type { ColourClaim } from '../identity/colourClaim';

export const AwarenessField = {
  User: 'user',
  Presence: 'presence',
  Colour: 'colour',
} as const;

const COLOUR_PATTERN = /^#[0-9a-f]{6}$/i;
const isUserId = (id: unknown): id is string =>
  typeof id === 'string' && id.length > 0 && id.length <= 64;

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
  if (!isUserId(id)) return null;
  if (typeof name !== 'string' || name.trim().length === 0) return null;
  if (typeof color !== 'string' || !COLOUR_PATTERN.test(color)) return null;
  if (!isRole(role)) return null;
  const claim = readColourClaim(state);
  const colour = claim?.userId === id ? claim.colour : color;
  return { id, name: name.slice(0, 60), color: colour, role };
}

/**
 * A colour claim, believed only for the user id the server wrote into the same state
 * (`user.id`, from the claimer's presence key): nobody can claim a colour in someone else's name.
 */
export function readColourClaim(state: unknown): ColourClaim | null {
  if (typeof state !== 'object' || state === null) return null;
  const claim = (state as Record<string, unknown>)[AwarenessField.Colour];
  if (typeof claim !== 'object' || claim === null) return null;
  const { userId, colour, since } = claim as Record<string, unknown>;
  if (!isUserId(userId) || typeof colour !== 'string' || !COLOUR_PATTERN.test(colour)) return null;
  const user = (state as Record<string, unknown>)[AwarenessField.User];
  const vouched = typeof user === 'object' && user !== null ? (user as { id?: unknown }).id : null;
  if (isUserId(vouched) && vouched !== userId) return null;
  if (typeof since !== 'number' || !Number.isFinite(since)) return null;
  return { userId, colour, since };
}

export function readAwarenessPresence(state: unknown): Record<string, unknown> | null {
  if (typeof state !== 'object' || state === null) return null;
  const presence = (state as Record<string, unknown>)[AwarenessField.Presence];
  return typeof presence === 'object' && presence !== null && !Array.isArray(presence)
    ? (presence as Record<string, unknown>)
    : null;
}
