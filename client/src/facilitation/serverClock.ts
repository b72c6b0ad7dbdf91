/**
 * The server's clock, as well as this browser can tell: `serverNow()` is `Date.now()` plus an
 * offset measured against `GET /api/time` (a few samples, the shortest round trip wins) and
 * measured again every few minutes while a board is open. Until a measurement succeeds (offline,
 * or a server without the endpoint) the offset is 0: the local clock.
 */
import { bestOffset, readServerNow, type ClockSample } from './serverClockMath';

const TIME_URL = '/api/time';
const SAMPLES = 3;
const REFRESH_MS = 5 * 60_000;

let offset = 0;
let users = 0;
let refreshTimer: ReturnType<typeof setInterval> | null = null;

/** Milliseconds since 1970 on the server's clock. */
export function serverNow(): number {
  return Date.now() + offset;
}

async function sample(): Promise<ClockSample | null> {
  const sentAt = Date.now();
  try {
    const response = await fetch(TIME_URL, { cache: 'no-store' });
    const receivedAt = Date.now();
    if (!response.ok) return null;
    const now = readServerNow(await response.json());
    return now === null ? null : { sentAt, receivedAt, serverNow: now };
  } catch {
    return null;
  }
}

async function measure(): Promise<void> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const result = await sample();
    // No answer, or not this endpoint (404): keep what we have; the next refresh tries again.
    if (!result) break;
    samples.push(result);
  }
  const measured = bestOffset(samples);
  if (measured !== null) offset = measured;
}

/** Keeps the offset fresh while at least one board uses it; returns the release. */
export function syncServerClock(): () => void {
  users += 1;
  if (users === 1) {
    void measure();
    refreshTimer = setInterval(() => void measure(), REFRESH_MS);
  }
  return () => {
    users -= 1;
    if (users === 0 && refreshTimer !== null) {
      clearInterval(refreshTimer);
      refreshTimer = null;
    }
  };
}
