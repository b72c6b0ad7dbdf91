/**
 * What a forwarding process tells the owner about a request: the client's address (for the
 * limits per address, which the owner keeps) and that it was forwarded once already, so it is
 * never forwarded again. Both are believed only with a proof: an HMAC of the address under the
 * cluster's secret, which the secret itself never travels with.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const CLIENT_HEADER = 'x-werkbord-client';
export const PROOF_HEADER = 'x-werkbord-proof';

export class ForwardedFrom {
  readonly #key: Buffer;

  /** `secret`: `WERKBORD_CLUSTER_SECRET`, or else the database URL every process shares. */
  constructor(secret: string) {
    this.#key = createHash('sha256').update(`werkbord cluster: ${secret}`).digest();
  }

  /** The headers a forwarded request or upgrade carries (replacing any the client sent). */
  headers(clientAddress: string): Record<string, string> {
    return { [CLIENT_HEADER]: clientAddress, [PROOF_HEADER]: this.#proof(clientAddress) };
  }

  /** The client's address when another process forwarded the request, else `null`. */
  address(headers: IncomingHttpHeaders): string | null {
    const address = headers[CLIENT_HEADER];
    const proof = headers[PROOF_HEADER];
    if (typeof address !== 'string' || typeof proof !== 'string') return null;
    const expected = Buffer.from(this.#proof(address));
    const given = Buffer.from(proof);
    return given.length === expected.length && timingSafeEqual(given, expected) ? address : null;
  }

  #proof(address: string): string {
    return createHmac('sha256', this.#key).update(address).digest('base64url');
  }
}

/** Whether a header is one of those a forwarding process sets (never passed on from a client). */
export function isForwardingHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === CLIENT_HEADER || lower === PROOF_HEADER;
}
