/**
 * A token bucket per client address: `perMinute` refill, `burst` at once. Addresses whose
 * bucket is full again are forgotten, so the table holds only those that are being limited;
 * `perMinute` 0 turns the limit off.
 */
import { TokenBucket } from './TokenBucket.js';

/** At this many addresses the full buckets are dropped, and if that is not enough the oldest. */
const SWEEP_AT = 10_000;
const SWEEP_TO = 9_000;

export class PerIpBuckets {
  readonly #perMinute: number;
  readonly #burst: number;
  readonly #now: (() => number) | undefined;
  readonly #buckets = new Map<string, TokenBucket>();

  constructor(perMinute: number, burst: number, now?: () => number) {
    this.#perMinute = perMinute;
    this.#burst = burst;
    this.#now = now;
  }

  /** Takes one token for `address`: 0 when taken, else the milliseconds until one is there. */
  take(address: string): number {
    if (this.#perMinute === 0) return 0;
    const bucket = this.#bucket(address);
    return bucket.take() ? 0 : Math.max(1, bucket.waitMs());
  }

  /** Milliseconds until `address` has a token again (0: it has one now), taking none. */
  waitMs(address: string): number {
    if (this.#perMinute === 0) return 0;
    return this.#buckets.get(address)?.waitMs() ?? 0;
  }

  /** How many addresses are remembered (for tests and metrics). */
  get size(): number {
    return this.#buckets.size;
  }

  #bucket(address: string): TokenBucket {
    let bucket = this.#buckets.get(address);
    if (bucket === undefined) {
      if (this.#buckets.size >= SWEEP_AT) this.#sweep();
      bucket = new TokenBucket(this.#perMinute / 60, this.#burst, this.#now);
      this.#buckets.set(address, bucket);
    }
    return bucket;
  }

  #sweep(): void {
    for (const [address, bucket] of this.#buckets) {
      if (bucket.full) this.#buckets.delete(address);
    }
    // Under a flood from very many addresses, forget the oldest rather than grow without end.
    for (const address of this.#buckets.keys()) {
      if (this.#buckets.size <= SWEEP_TO) break;
      this.#buckets.delete(address);
    }
  }
}
