/**
 * When to try again after the socket closed: exponential backoff with "equal jitter" (half the
 * window fixed, half random). y-websocket's own backoff has no jitter, so after a server restart
 * every client of a room would knock at the same moments; spreading them keeps the restart calm.
 */
import { CloseCode } from '@werkbord/shared';

export const BACKOFF_BASE_MS = 500;
export const BACKOFF_MAX_MS = 30_000;
/**
 * The server asked us to slow down (too many messages, room full, board full, too many wrong
 * links from this address: the same change would be refused again at once): wait at least this long.
 */
export const SLOW_DOWN_MIN_MS = 5_000;

const SLOW_DOWN_CODES: ReadonlySet<number> = new Set([
  CloseCode.RateLimited,
  CloseCode.RoomFull,
  CloseCode.StorageFull,
  CloseCode.TooManyAttempts,
]);

/**
 * @param attempt 0 for the first retry after a working connection, counting up per failure.
 * @param closeCode the server's close code, if the close came with one.
 * @param random a source of numbers in [0, 1), injectable for tests.
 */
export function reconnectDelay(
  attempt: number,
  closeCode: number | null,
  random: () => number = Math.random,
): number {
  const window = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt));
  const delay = window / 2 + (random() * window) / 2;
  if (closeCode !== null && SLOW_DOWN_CODES.has(closeCode)) {
    return Math.max(delay, SLOW_DOWN_MIN_MS + random() * SLOW_DOWN_MIN_MS);
  }
  return delay;
}

/** After the browser comes back online, many clients of one room do too: spread the first try. */
export function onlineDelay(random: () => number = Math.random): number {
  return random() * 1_000;
}
