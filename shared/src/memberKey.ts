/**
 * Who a member is on a board. Everyone on a board shares one participant link, so the link cannot
 * tell people apart: each browser makes a secret member key (128 random bits, kept in its
 * localStorage per board) and names its private room after a hash of it, the member id. Only
 * the key opens that room (`?k=<memberKey>`); the id alone, which others may learn, does not.
 */
import { sha256 } from './sha256.js';

/** 128 random bits, base64url without padding: 22 characters. */
export const MEMBER_KEY_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** The first 22 base64url characters (132 bits) of the key's SHA-256. */
export const MEMBER_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) text += BASE64URL[(chunk >> (18 - 6 * j)) & 63];
  }
  return text;
}

interface RandomSource {
  getRandomValues<T extends Uint8Array>(array: T): T;
}

/** A fresh member key, from the platform's cryptographic random source (browser or Node). */
export function newMemberKey(): string {
  const random = (globalThis as unknown as { crypto: RandomSource }).crypto;
  return toBase64Url(random.getRandomValues(new Uint8Array(16)));
}

/**
 * The member id of a member key: base64url(sha256(key)), first 22 characters. Asynchronous, as
 * WebCrypto would be; it is computed here so that it also works where WebCrypto is missing.
 * Rejects a key that is not 22 base64url characters.
 */
export async function memberIdForKey(key: string): Promise<string> {
  if (!MEMBER_KEY_PATTERN.test(key)) throw new Error('not a member key');
  const bytes = Uint8Array.from(key, (char) => char.charCodeAt(0)); // ASCII, by the pattern
  return toBase64Url(sha256(bytes)).slice(0, 22);
}
