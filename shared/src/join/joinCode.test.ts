import { describe, expect, it } from 'vitest';
import {
  formatJoinCode,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  newJoinCode,
  normalizeJoinCode,
} from './joinCode.js';

describe('join codes', () => {
  it('are 10 characters that people do not mistake for each other', () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(31);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const code = newJoinCode();
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect(normalizeJoinCode(code)).toBe(code);
      seen.add(code);
    }
    expect(seen.size).toBe(500);
  });

  it('uses every character about equally often (no bias towards the first ones)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3_100; i++) {
      for (const char of newJoinCode()) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    expect(counts.size).toBe(31);
    // 31,000 characters: 1,000 each expected; a bias of 256 mod 31 would give the first 8 ~12 % more.
    for (const count of counts.values()) expect(count).toBeGreaterThan(850);
    for (const count of counts.values()) expect(count).toBeLessThan(1_150);
  });

  it('reads a code as people type it: small letters, spaces, dashes', () => {
    expect(normalizeJoinCode(' k7pqx-r9m4t ')).toBe('K7PQXR9M4T');
    expect(normalizeJoinCode('K7PQX R9M4T')).toBe('K7PQXR9M4T');
    expect(normalizeJoinCode('K7PQXR9M4')).toBeNull();
    expect(normalizeJoinCode('K7PQXR9M4T2')).toBeNull();
    expect(normalizeJoinCode('K7PQXR9M40')).toBeNull();
    expect(normalizeJoinCode('')).toBeNull();
  });

  it('shows a code in two groups of five', () => {
    expect(formatJoinCode('K7PQXR9M4T')).toBe('K7PQX R9M4T');
  });
});
