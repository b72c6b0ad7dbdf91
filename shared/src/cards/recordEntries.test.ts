import { describe, expect, it } from 'vitest';
import { isRecordEntry, latestRecordValues } from './recordEntries.js';

describe('latestRecordValues', () => {
  it('keeps the rightmost entry of each key and skips what is not an entry', () => {
    const { values, skipped } = latestRecordValues([
      { key: 'a', val: 1 },
      null,
      7,
      'text',
      [{ key: 'x' }],
      { key: 5, val: 'number key' },
      { key: 'a', val: 2 },
      { key: 'b', val: null },
    ]);
    expect(Object.fromEntries(values)).toEqual({ a: 2, b: null });
    expect(skipped).toBe(5);
  });

  it('recognises an entry by its string key', () => {
    expect(isRecordEntry({ key: 'shape:1', val: {} })).toBe(true);
    expect(isRecordEntry({ key: 'shape:1' })).toBe(true);
    expect(isRecordEntry(Object.assign([], { key: 'x' }))).toBe(false);
    expect(isRecordEntry(undefined)).toBe(false);
  });
});
