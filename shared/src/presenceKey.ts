/**
 * Who someone is in presence. Names are typed by people and links are shared, so nothing a
 * client says about itself can be believed. Each browser therefore keeps one secret presence key
 * (128 random bits, in its localStorage) and hands it to the server with the content room's
 * socket (`&pk=<key>`). The server derives the user id every other screen sees from it and
 * writes that id into the person's presence state, over whatever the client put there: only the
 * browser holding the key can appear under its id. The browser computes the same id for itself.
 *
 * The key also proves that a reconnecting page is the one that owned its presence before: only a
 * socket with the same key may take over a client id another live socket introduced.
 */
import { toBase64Url } from './memberKey.js';
import { sha256 } from './sha256.js';

/** 128 random bits, base64url without padding: 22 characters. */
export const PRESENCE_KEY_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/**
 * The default of the server's limit on one presence state, as JSON (`WERKBORD_MAX_PRESENCE_BYTES`);
 * a state over it is dropped. The client trims its own presence well below it.
 */
export const PRESENCE_MAX_BYTES = 8 * 1024;

/** The query parameter of the sync socket that carries the presence key. */
export const PRESENCE_KEY_PARAM = 'pk';

/**
 * The user id of a presence key: base64url(sha256("werkbord-presence:" + key)), 22 characters.
 * The prefix keeps it unrelated to a member id, whatever keys a browser holds.
 */
export function presenceIdForKey(key: string): string {
  if (!PRESENCE_KEY_PATTERN.test(key)) throw new Error('not a presence key');
  const input = `werkbord-presence:${key}`;
  const bytes = Uint8Array.from(input, (char) => char.charCodeAt(0)); // ASCII, by the pattern
  return toBase64Url(sha256(bytes)).slice(0, 22);
}
