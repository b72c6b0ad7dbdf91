/**
 * The limits per client address on the HTTP side (the relay applies the same failed-access
 * limit to its sockets): `POST /api/boards` and `POST /api/boards/<id>/copies` take from the
 * address's board bucket; a wrong link on a board route or `/api/compare` (unknown board, missing
 * or wrong token: `AccessDenied`) or a wrong "Doe mee" code (`POST /api/join`) takes from its
 * failed-access bucket, and while that is empty every such route answers 429 to the address,
 * whatever link or code it brings, so guessing gains nothing. Both answer 429 with `Retry-After`.
 */
import type { IncomingMessage } from 'node:http';
import { ApiErrorCode } from '@werkbord/shared';
import type { PerIpBuckets } from '../limits/PerIpBuckets.js';
import { AccessDenied } from './boardAccess.js';
import { COPIES_PATH } from './copyRoutes.js';
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
      const { pathname } = url;
      const isBoardRoute =
        pathname.startsWith('/api/boards/') ||
        pathname === '/api/compare' ||
        pathname === JOIN_API_PATH;
      if (isBoardRoute) {
        const waitMs = failedAccess.waitMs(address(req));
        if (waitMs > 0) {
          throw tooManyRequests(
            waitMs,
            `Vanaf dit adres zijn te veel onjuiste links geprobeerd. Probeer het ${inTime(waitMs)} opnieuw.`,
          );
        }
      }
      const makesBoard = pathname === '/api/boards' || COPIES_PATH.test(pathname);
      if (makesBoard && req.method === 'POST') {
        const waitMs = boardCreation.take(address(req));
        if (waitMs > 0) {
          throw tooManyRequests(
            waitMs,
            `Vanaf dit adres zijn net te veel borden gemaakt. Probeer het ${inTime(waitMs)} opnieuw.`,
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
