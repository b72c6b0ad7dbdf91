/**
 * Per-connection rate limit: a bucket holds up to `capacity` tokens and refills at
 * `ratePerSecond`; every message takes one (or, for a byte budget, every byte). Short bursts (a reconnect, a drag) pass, a sustained
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

  /**
   * Takes `cost` tokens (one message, or a number of bytes); `false`, taking none, when the
   * bucket holds fewer (the rate is exceeded).
   */
  take(cost = 1): boolean {
    this.#refill();
    if (this.#tokens < cost - EPSILON) return false;
    this.#tokens -= cost;
    return true;
  }

  /** Milliseconds until `cost` tokens are there (0: now), taking none. */
  waitMs(cost = 1): number {
    this.#refill();
    const missing = cost - EPSILON - this.#tokens;
    return missing <= 0 ? 0 : missing / this.#ratePerMs;
  }

  /** Whether the bucket is full again (nothing to remember about its owner). */
  get full(): boolean {
    this.#refill();
    return this.#tokens >= this.#capacity - EPSILON;
  }

  #refill(): void {
    const now = this.#now();
    const elapsed = Math.max(0, now - this.#updatedAt);
    this.#tokens = Math.min(this.#capacity, this.#tokens + elapsed * this.#ratePerMs);
    this.#updatedAt = now;
  }
}
