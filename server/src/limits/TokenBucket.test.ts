import { describe, expect, it } from 'vitest';
import { TokenBucket } from './TokenBucket.js';

function bucketAt(ratePerSecond: number, capacity: number) {
  const clock = { now: 0 };
  const bucket = new TokenBucket(ratePerSecond, capacity, () => clock.now);
  const takeMany = (count: number) => Array.from({ length: count }, () => bucket.take());
  return { clock, bucket, takeMany };
}

describe('TokenBucket', () => {
  it('lets a full burst through, then refuses', () => {
    const { takeMany, bucket } = bucketAt(10, 5);
    expect(takeMany(5)).toEqual([true, true, true, true, true]);
    expect(bucket.take()).toBe(false);
  });

  it('refills at the configured rate', () => {
    const { clock, bucket, takeMany } = bucketAt(10, 5);
    takeMany(5);
    clock.now = 99;
    expect(bucket.take()).toBe(false);
    clock.now = 100;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });

  it('never holds more than its capacity, however long it was idle', () => {
    const { clock, takeMany } = bucketAt(10, 3);
    clock.now = 60_000;
    expect(takeMany(4)).toEqual([true, true, true, false]);
  });

  it('sustains exactly the rate over time', () => {
    const { clock, bucket } = bucketAt(20, 1);
    let accepted = 0;
    for (let ms = 0; ms < 10_000; ms += 5) {
      clock.now = ms;
      if (bucket.take()) accepted++;
    }
    expect(accepted).toBeGreaterThanOrEqual(199);
    expect(accepted).toBeLessThanOrEqual(201);
  });

  it('does not refill when the clock goes backwards', () => {
    const { clock, bucket, takeMany } = bucketAt(10, 2);
    clock.now = 1000;
    takeMany(2);
    clock.now = 0;
    expect(bucket.take()).toBe(false);
  });
});

describe('TokenBucket as a byte budget', () => {
  it('takes a cost at once, and refuses a cost it does not hold without taking any', () => {
    const { clock, bucket } = bucketAt(1_000, 4_000);
    expect(bucket.take(3_000)).toBe(true);
    expect(bucket.take(2_000)).toBe(false);
    expect(bucket.take(1_000)).toBe(true);
    clock.now = 500;
    expect(bucket.take(600)).toBe(false);
    expect(bucket.take(500)).toBe(true);
  });
});

describe('TokenBucket.waitMs and full', () => {
  it('tells how long until a token is there, without taking one', () => {
    const { clock, bucket, takeMany } = bucketAt(2, 2);
    expect(bucket.waitMs()).toBe(0);
    takeMany(2);
    expect(bucket.full).toBe(false);
    expect(bucket.waitMs()).toBeCloseTo(500);
    clock.now = 200;
    expect(bucket.waitMs()).toBeCloseTo(300);
    clock.now = 500;
    expect(bucket.waitMs()).toBe(0);
    expect(bucket.take()).toBe(true);
    clock.now = 1_500;
    expect(bucket.full).toBe(true);
  });
});
