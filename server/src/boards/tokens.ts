/**
 * Capability tokens: random secrets in the board links. Only their SHA-256 hash is stored, so a
 * copy of the database does not hand out access to the boards in it.
 *
 * The deelnemer's token is derived from the begeleider's (an HMAC, one way): whoever holds the
 * begeleider link can always show the deelnemer link ("Doe mee"), without the server keeping
 * either; the deelnemer link reveals nothing of the begeleider's. Boards made before this have a
 * random deelnemer token, which stays valid but cannot be derived.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';

/** 192 random bits (the design asks for at least 128), 32 base64url characters. */
const TOKEN_BYTES = 24;

/** What a token from a link may look like before it is worth a database lookup. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

export function createToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** The deelnemer token of a board whose begeleider token is `facilitatorToken`. */
export function participantTokenFor(facilitatorToken: string): string {
  return createHmac('sha256', facilitatorToken)
    .update('werkbord deelnemer')
    .digest()
    .subarray(0, TOKEN_BYTES)
    .toString('base64url');
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** 128 random bits, base64url: 22 characters, matching `BOARD_ID_PATTERN`. */
export function createBoardId(): string {
  return randomBytes(16).toString('base64url');
}
