import { describe, expect, it } from 'vitest';
import { bestOffset, offsetFromSample, readServerNow } from './serverClockMath';

describe('server clock offset', () => {
  it('assumes the server read its clock halfway through the round trip', () => {
    // Local clock 10 s behind the server; 200 ms round trip.
    expect(offsetFromSample({ sentAt: 1000, receivedAt: 1200, serverNow: 11_100 })).toBe(10_000);
  });

  it('takes the sample with the shortest round trip', () => {
    const slow = { sentAt: 0, receivedAt: 2000, serverNow: 5000 }; // offset 4000, ±1000
    const fast = { sentAt: 3000, receivedAt: 3020, serverNow: 8009 }; // offset 4999, ±10
    expect(bestOffset([slow, fast])).toBe(4999);
    expect(bestOffset([])).toBeNull();
  });

  it('ignores a sample whose local clock jumped backwards', () => {
    expect(bestOffset([{ sentAt: 100, receivedAt: 50, serverNow: 0 }])).toBeNull();
  });

  it('reads only a finite number as the server time', () => {
    expect(readServerNow({ now: 1_700_000_000_000 })).toBe(1_700_000_000_000);
    expect(readServerNow({ now: '1' })).toBeNull();
    expect(readServerNow(null)).toBeNull();
  });
});
