import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  MEMBER_ID_PATTERN,
  MEMBER_KEY_PATTERN,
  memberIdForKey,
  newMemberKey,
  toBase64Url,
} from './memberKey.js';
import { sha256 } from './sha256.js';

const nodeSha256 = (bytes: Uint8Array) =>
  new Uint8Array(createHash('sha256').update(bytes).digest());

describe('sha256', () => {
  it('agrees with node:crypto around every padding boundary', () => {
    for (const length of [0, 1, 3, 22, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000]) {
      const bytes = new Uint8Array(randomBytes(length));
      expect(sha256(bytes)).toEqual(nodeSha256(bytes));
    }
  });

  it('gives the FIPS 180-4 digest of "abc"', () => {
    expect(Buffer.from(sha256(new Uint8Array([0x61, 0x62, 0x63]))).toString('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('toBase64Url', () => {
  it('agrees with Buffer for every length remainder', () => {
    for (const length of [0, 1, 2, 3, 16, 31, 32]) {
      const bytes = new Uint8Array(randomBytes(length));
      expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
    }
  });
});

describe('member keys', () => {
  it('makes fresh 22-character keys', () => {
    const keys = new Set(Array.from({ length: 20 }, () => newMemberKey()));
    expect(keys.size).toBe(20);
    for (const key of keys) expect(key).toMatch(MEMBER_KEY_PATTERN);
  });

  it('derives the member id as base64url(sha256(key)), first 22 characters', async () => {
    const key = newMemberKey();
    const expected = createHash('sha256').update(key).digest('base64url').slice(0, 22);
    const id = await memberIdForKey(key);
    expect(id).toBe(expected);
    expect(id).toMatch(MEMBER_ID_PATTERN);
    expect(await memberIdForKey(key)).toBe(id);
    expect(await memberIdForKey(newMemberKey())).not.toBe(id);
  });

  it('rejects what is not a member key', async () => {
    for (const key of [
      '',
      'kort',
      `${newMemberKey()}x`,
      'é'.repeat(22),
      'a.bcdefghijklmnopqrstu',
    ]) {
      await expect(memberIdForKey(key)).rejects.toThrow();
    }
  });
});
