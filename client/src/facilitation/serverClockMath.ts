/**
 * Estimating the server's clock from one request: the server read its clock somewhere between
 * sending and receiving, on average in the middle, so the offset is `serverNow − (t0 + t1) / 2`
 * and its uncertainty is half the round trip. Of several samples the one with the shortest round
 * trip is the most accurate.
 */
export interface ClockSample {
  /** Local `Date.now()` just before the request. */
  sentAt: number;
  /** Local `Date.now()` when the answer arrived. */
  receivedAt: number;
  /** The server's clock in its answer. */
  serverNow: number;
}

export function offsetFromSample({ sentAt, receivedAt, serverNow }: ClockSample): number {
  return serverNow - (sentAt + receivedAt) / 2;
}

export function roundTrip(sample: ClockSample): number {
  return sample.receivedAt - sample.sentAt;
}

/** The offset of the sample with the shortest round trip; `null` without samples. */
export function bestOffset(samples: readonly ClockSample[]): number | null {
  let best: ClockSample | null = null;
  for (const sample of samples) {
    if (roundTrip(sample) < 0) continue;
    if (!best || roundTrip(sample) < roundTrip(best)) best = sample;
  }
  return best ? offsetFromSample(best) : null;
}

/** The `{ now }` of `GET /api/time`, or `null` when the answer is not that. */
export function readServerNow(body: unknown): number | null {
  const now = (body as { now?: unknown } | null)?.now;
  return typeof now === 'number' && Number.isFinite(now) ? now : null;
}
