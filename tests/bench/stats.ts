/** Order statistics of latency samples. */

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of an ascending array; `NaN` when empty. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? NaN;
}

export function summarize(parts: readonly Float64Array[]): LatencySummary {
  const all = new Float64Array(parts.reduce((n, part) => n + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  all.sort();
  let sum = 0;
  for (const value of all) sum += value;
  return {
    count: all.length,
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    max: all.length > 0 ? (all[all.length - 1] ?? NaN) : NaN,
    mean: all.length > 0 ? sum / all.length : NaN,
  };
}

/** A growable Float64Array, so half a million samples cost no boxing. */
export class SampleBuffer {
  private data = new Float64Array(1024);
  private size = 0;

  push(value: number): void {
    if (this.size === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.size++] = value;
  }

  /** A copy holding exactly the samples, fit to transfer to another thread. */
  toArray(): Float64Array {
    return this.data.slice(0, this.size);
  }
}

/**
 * Element-wise median of records of the same shape: numbers become their median, nested records
 * are combined key by key, anything else is taken from the first.
 */
export function medianOf<T>(items: readonly T[]): T {
  const [first] = items;
  if (typeof first === 'number') {
    const sorted = (items as readonly number[]).filter(Number.isFinite).sort((a, b) => a - b);
    const mid = sorted.length / 2;
    const median = Number.isInteger(mid)
      ? ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2
      : (sorted[Math.floor(mid)] ?? NaN);
    return median as T;
  }
  if (typeof first !== 'object' || first === null) return first as T;
  const records = items as readonly Record<string, unknown>[];
  const keys = new Set(records.flatMap((record) => Object.keys(record)));
  const combined: Record<string, unknown> = {};
  for (const key of keys) combined[key] = medianOf(records.map((record) => record[key] ?? 0));
  return combined as T;
}
