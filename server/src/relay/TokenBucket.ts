/**
 * Per-connection rate limit: a bucket holds up to `capacity` tokens and refills at
 * `ratePerSecond`; every message takes one. Short bursts (a reconnect, a drag) pass, a sustained
 * flood runs dry.
 */
/** Refills are summed in floating point; ten 0.1s must make a whole token. */
const EPSILON = 1e-9;

export class TokenBucket {
  readonly #ratePerMs: number;
  readonly #capacity: number;
  readonly #now: () => number;
  #tokens: number;
  #updatedAt: number;

  /** `now` returns milliseconds; injectable for tests. */
  constructor(
    ratePerSecond: number,
    capacity: number,
    now: () => number = () => performance.now(),
  ) {
    this.#ratePerMs = ratePerSecond / 1000;
    this.#capacity = capacity;
    this.#now = now;
    this.#tokens = capacity;
    this.#updatedAt = now();
  }

  /** Takes one token; `false` when the bucket is empty (the message exceeds the rate). */
  take(): boolean {
    const now = this.#now();
    const elapsed = Math.max(0, now - this.#updatedAt);
    this.#tokens = Math.min(this.#capacity, this.#tokens + elapsed * this.#ratePerMs);
    this.#updatedAt = now;
    if (this.#tokens < 1 - EPSILON) return false;
    this.#tokens -= 1;
    return true;
  }
}
