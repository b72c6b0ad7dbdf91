/**
 * The limits per client address on the HTTP side (the relay applies the same failed-access
 * limit to its sockets): `POST /api/boards` takes from the address's board bucket; a wrong link
 * on a board route (unknown board, missing or wrong token: `AccessDenied`) or a wrong "Doe mee"
 * code (`POST /api/join`) takes from its failed-access bucket, and while that is empty every
 * board route and `/api/join` answer 429 to the address, whatever link or code it brings, so
 * guessing gains nothing. Both answer 429 with `Retry-After`.
 */
import type { IncomingMessage } from 'node:http';
import { ApiErrorCode } from '@werkbord/shared';
import type { PerIpBuckets } from '../limits/PerIpBuckets.js';
import { AccessDenied } from './boardAccess.js';
import { HttpError } from './json.js';
import { JOIN_API_PATH } from './joinRoutes.js';

export interface IpLimitOptions {
  boardCreation: PerIpBuckets;
  failedAccess: PerIpBuckets;
  /** The client's address (`limits/clientAddress.ts`, proxy-aware). */
  address: (req: IncomingMessage) => string;
}

/** What the request handler asks before routing and after an error answer. */
export interface RequestGuard {
  /** Throws the 429 when the address is over a limit. */
  before(req: IncomingMessage, url: URL): void;
  /** Notes an error answer; counts a failed access. */
  failed(req: IncomingMessage, error: HttpError): void;
}

export function ipLimits({ boardCreation, failedAccess, address }: IpLimitOptions): RequestGuard {
  return {
    before(req, url) {
      if (url.pathname === '/api/boards' && req.method === 'POST') {
        const waitMs = boardCreation.take(address(req));
        if (waitMs > 0) {
          throw tooManyRequests(
            waitMs,
            `Vanaf dit adres zijn net te veel borden gemaakt. Probeer het ${inTime(waitMs)} opnieuw.`,
          );
        }
      } else if (url.pathname.startsWith('/api/boards/') || url.pathname === JOIN_API_PATH) {
        const waitMs = failedAccess.waitMs(address(req));
        if (waitMs > 0) {
          throw tooManyRequests(
            waitMs,
            `Vanaf dit adres zijn te veel onjuiste links geprobeerd. Probeer het ${inTime(waitMs)} opnieuw.`,
          );
        }
      }
    },
    failed(req, error) {
      if (error instanceof AccessDenied) failedAccess.take(address(req));
    },
  };
}

function tooManyRequests(waitMs: number, message: string): HttpError {
  const seconds = Math.ceil(waitMs / 1000);
  return new HttpError(429, ApiErrorCode.TooManyRequests, message, undefined, {
    'Retry-After': String(seconds),
  });
}

/** "over 40 seconden", "over 1 minuut", "over 3 minuten". */
export function inTime(waitMs: number): string {
  const seconds = Math.ceil(waitMs / 1000);
  if (seconds < 60) return seconds === 1 ? 'over 1 seconde' : `over ${seconds} seconden`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? 'over 1 minuut' : `over ${minutes} minuten`;
}
