import { describe, expect, it } from 'vitest';
import { PerIpBuckets } from './PerIpBuckets.js';

describe('PerIpBuckets', () => {
  it('limits each address on its own and says how long to wait', () => {
    const clock = { now: 0 };
    const buckets = new PerIpBuckets(6, 2, () => clock.now); // one token per 10 s
    expect([buckets.take('a'), buckets.take('a')]).toEqual([0, 0]);
    expect(buckets.take('a')).toBeCloseTo(10_000);
    expect(buckets.waitMs('a')).toBeCloseTo(10_000);
    expect(buckets.take('b')).toBe(0);
    clock.now = 10_000;
    expect(buckets.waitMs('a')).toBe(0);
    expect(buckets.take('a')).toBe(0);
  });

  it('is off with 0 per minute', () => {
    const buckets = new PerIpBuckets(0, 1);
    for (let i = 0; i < 10; i++) expect(buckets.take('a')).toBe(0);
    expect(buckets.size).toBe(0);
  });

  it('forgets addresses instead of growing without end', () => {
    const clock = { now: 0 };
    const buckets = new PerIpBuckets(1, 1, () => clock.now);
    for (let i = 0; i < 25_000; i++) buckets.take(`10.0.${i >> 8}.${i & 255}`);
    expect(buckets.size).toBeLessThanOrEqual(10_000);
  });
});
