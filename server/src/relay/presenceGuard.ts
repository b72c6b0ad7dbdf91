/**
 * Judges one presence state before anything else happens to it: its size (from the byte count,
 * before decoding), its nesting depth (by scanning the text, before parsing), then JSON.parse.
 * What passes is stamped with what the server knows about the sender: the user id its presence
 * key proves and the role its token grants (`user.id`, `user.role`); a client's own claims to
 * either are overwritten, and a state without `user` gets one. Nothing here recurses, so no state can exhaust the stack.
 */
import type { Role } from '@werkbord/shared';
import { MalformedMessageError } from './protocol.js';

/** Why a presence state was not kept or relayed (counted in `/metrics`). */
export const PresenceRefusal = {
  /** The state's JSON is larger than `WERKBORD_MAX_PRESENCE_BYTES`. */
  Size: 'size',
  /** The state nests deeper than `MAX_PRESENCE_DEPTH`. */
  Depth: 'depth',
  /** The client id belongs to another live connection (honest clients echo others' states). */
  Foreign: 'foreign',
  /** The connection already introduced `MAX_PRESENCE_IDS` client ids. */
  Ids: 'ids',
  /** The connection sent more presence bytes per second than its budget. */
  Rate: 'rate',
  /** A presence query whose answer the connection's byte budget could not pay for. */
  Query: 'query',
} as const;
export type PresenceRefusal = (typeof PresenceRefusal)[keyof typeof PresenceRefusal];

/** Deeper than any honest presence (tldraw's scribble points are at depth 5). */
export const MAX_PRESENCE_DEPTH = 16;

/** Who the sender is, as the server knows it. */
export interface PresenceStamp {
  userId: string;
  role: Role;
}

export type JudgedPresence =
  | { status: 'accepted'; json: string; removed: boolean }
  | { status: 'refused'; reason: PresenceRefusal };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The state to keep and relay, as JSON text, or why not. Throws `MalformedMessageError` for
 * bytes that are not UTF-8 JSON (the connection is then closed, as for any malformed message).
 */
export function judgePresence(
  bytes: Uint8Array,
  maxBytes: number,
  stamp: PresenceStamp,
): JudgedPresence {
  if (bytes.length > maxBytes) return { status: 'refused', reason: PresenceRefusal.Size };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new MalformedMessageError('presence state is not UTF-8');
  }
  if (!withinDepth(text, MAX_PRESENCE_DEPTH)) {
    return { status: 'refused', reason: PresenceRefusal.Depth };
  }
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch {
    throw new MalformedMessageError('presence state is not JSON');
  }
  if (state === null) return { status: 'accepted', json: 'null', removed: true };
  // Stringifying is safe now: the depth is bounded.
  return { status: 'accepted', json: JSON.stringify(stamped(state, stamp)), removed: false };
}

/** Whether the JSON text nests arrays and objects at most `limit` deep (strings skipped). */
export function withinDepth(json: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const char = json.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x5b || char === 0x7b) {
      if (++depth > limit) return false;
    } else if (char === 0x5d || char === 0x7d) {
      depth--;
    }
  }
  return true;
}

/**
 * An object state always carries the server's `user.id` and `user.role` (added when the client
 * sent no `user`), so other fields that name a person can be checked against it; anything that
 * is not an object is relayed as it is.
 */
function stamped(state: unknown, { userId, role }: PresenceStamp): unknown {
  if (!isPlainObject(state)) return state;
  const user = isPlainObject(state.user) ? state.user : {};
  return { ...state, user: { ...user, id: userId, role } };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
