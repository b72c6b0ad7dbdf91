/**
 * "Doe mee" codes: a short code on the projector that opens the deelnemer link for
 * `JOIN_CODE_LIFETIME_MS` (`shared/src/join/joinCode.ts` for its length and alphabet). The
 * server keeps neither the code nor the token: a row holds the SHA-256 of the code and the
 * deelnemer token sealed (AES-256-GCM) with a key derived from the code (HKDF), so a copy of
 * the database opens no board without the code. Expired rows go when the next code is made.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { JOIN_CODE_LIFETIME_MS, newJoinCode, normalizeJoinCode } from '@werkbord/shared';
import type { Storage } from '../storage/Storage.js';

/** Codes one board keeps at once; making another drops the oldest. */
export const JOIN_CODES_PER_BOARD = 5;

const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface JoinCode {
  code: string;
  expiresAt: number;
}

export interface JoinTarget {
  boardId: string;
  participantToken: string;
}

export class JoinCodes {
  readonly #storage: Storage;
  readonly #now: () => number;

  constructor(storage: Storage, now: () => number = Date.now) {
    this.#storage = storage;
    this.#now = now;
  }

  /** A new code that opens `boardId` with `participantToken` until it expires. */
  async create(boardId: string, participantToken: string): Promise<JoinCode> {
    const code = newJoinCode();
    const now = this.#now();
    const expiresAt = now + JOIN_CODE_LIFETIME_MS;
    await this.#storage.createJoinCode(
      { hash: hashCode(code), boardId, sealed: seal(code, boardId, participantToken), expiresAt },
      JOIN_CODES_PER_BOARD,
      now,
    );
    return { code, expiresAt };
  }

  /** What a typed code opens, or `null` for a code that is malformed, unknown or expired. */
  async resolve(typed: string): Promise<JoinTarget | null> {
    const code = normalizeJoinCode(typed);
    if (code === null) return null;
    const row = await this.#storage.findJoinCode(hashCode(code), this.#now());
    if (row === null) return null;
    const participantToken = unseal(code, row.boardId, row.sealed);
    return participantToken === null ? null : { boardId: row.boardId, participantToken };
  }
}

function hashCode(code: string): Buffer {
  return createHash('sha256').update(`werkbord-mee:${code}`, 'utf8').digest();
}

function keyFor(code: string, boardId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', code, boardId, 'werkbord deelnemerslink', 32));
}

function seal(code: string, boardId: string, token: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyFor(code, boardId), iv);
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** `null` when the row was not sealed with this code (it cannot be opened). */
function unseal(code: string, boardId: string, sealed: Buffer): string | null {
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      keyFor(code, boardId),
      sealed.subarray(0, IV_BYTES),
    );
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const token = decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES));
    return Buffer.concat([token, decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
