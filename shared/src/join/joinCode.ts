/**
 * "Doe mee": the short code on the projector that someone without a camera types at
 * `<host>/mee` to get the deelnemer link. The code stands for a secret (the link's token) for a
 * few hours, so it must not be guessable in that time: 10 characters from 31 that are hard to
 * mistake for each other (no 0/O, 1/I/L) give 31¹⁰ ≈ 8·10¹⁴ codes (49 bits). Wrong codes count
 * against the same per-address limit as wrong links (`WERKBORD_FAILED_ACCESS_…`: 30 at once,
 * then 6 a minute), so even 65,536 addresses (a whole IPv6 /48) trying for the 12 hours a code
 * lives hit one of 1,000 live codes with a chance of about 1 in 3,000.
 */

/** The characters of a code: no 0/O, 1/I/L, which people mistake for each other. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 10;
/** How long a code opens the board: a working day and then some. */
export const JOIN_CODE_LIFETIME_MS = 12 * 60 * 60 * 1000;
/** The page where a code is typed: `<host>/mee`. */
export const JOIN_PATH = '/mee';

const VALID = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/**
 * The code as typed, made canonical: capitals, without spaces, dashes or dots. `null` when what
 * remains cannot be a code (a wrong length or a character no code has).
 */
export function normalizeJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s.\-–—]/g, '');
  return VALID.test(code) ? code : null;
}

/** For reading aloud and typing over: two groups of five, "K7PQX R9M4T". */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 5)} ${code.slice(5)}`;
}

interface RandomSource {
  getRandomValues<T extends Uint8Array>(array: T): T;
}

/** A fresh code from the platform's cryptographic random source, without modulo bias. */
export function newJoinCode(): string {
  const random = (globalThis as unknown as { crypto: RandomSource }).crypto;
  const size = JOIN_CODE_ALPHABET.length;
  const limit = 256 - (256 % size); // bytes at or above this would favour the first characters
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of random.getRandomValues(new Uint8Array(16))) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % size];
    }
  }
  return code;
}
