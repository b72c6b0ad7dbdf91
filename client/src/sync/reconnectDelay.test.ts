import { CloseCode } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import {
  BACKOFF_BASE_MS,
  BACKOFF_MAX_MS,
  SLOW_DOWN_MIN_MS,
  onlineDelay,
  reconnectDelay,
} from './reconnectDelay';

describe('reconnect delay', () => {
  it('doubles its window per failed attempt, jittered within the upper half', () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const window = BACKOFF_BASE_MS * 2 ** attempt;
      expect(reconnectDelay(attempt, null, () => 0)).toBe(window / 2);
      expect(reconnectDelay(attempt, null, () => 0.999)).toBeCloseTo(window, -1);
    }
  });

  it('spreads clients: different random draws give different delays', () => {
    const delays = new Set([0.1, 0.4, 0.7].map((r) => reconnectDelay(3, null, () => r)));
    expect(delays.size).toBe(3);
  });

  it('never waits longer than the cap', () => {
    expect(reconnectDelay(50, null, () => 0.999)).toBeLessThanOrEqual(BACKOFF_MAX_MS);
  });

  it('waits at least a few seconds when the server said too many or room full', () => {
    for (const code of [
      CloseCode.RateLimited,
      CloseCode.RoomFull,
      CloseCode.StorageFull,
      CloseCode.TooManyAttempts,
    ]) {
      expect(reconnectDelay(0, code, () => 0)).toBeGreaterThanOrEqual(SLOW_DOWN_MIN_MS);
    }
    expect(reconnectDelay(0, CloseCode.ServerShutdown, () => 0)).toBeLessThan(SLOW_DOWN_MIN_MS);
  });

  it('retries within a second after the browser comes back online', () => {
    expect(onlineDelay(() => 0.999)).toBeLessThan(1000);
  });
});
