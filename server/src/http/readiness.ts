/**
 * `GET /readyz`: whether this process can serve boards, as opposed to `/healthz` (it runs). Each
 * check is one dependency (the database now; PostgreSQL and Redis when a cluster uses them), run
 * side by side with a time limit, so that one hanging dependency reads as "not ready" instead of
 * a probe that never answers.
 */
import type { Logger } from '../log.js';

export interface ReadinessCheck {
  /** Named in the answer, e.g. `database`. */
  readonly name: string;
  /** Resolves when the dependency answers; rejects (or times out) when it does not. */
  check(): Promise<void>;
}

export const ReadinessStatus = { Ok: 'ok', Unavailable: 'unavailable' } as const;
export type ReadinessStatus = (typeof ReadinessStatus)[keyof typeof ReadinessStatus];

export const CheckStatus = { Ok: 'ok', Failed: 'failed' } as const;
export type CheckStatus = (typeof CheckStatus)[keyof typeof CheckStatus];

/** The body of `/readyz` (200 when every check passed, 503 otherwise). */
export interface Readiness {
  status: ReadinessStatus;
  checks: Record<string, CheckStatus>;
}

const CHECK_TIMEOUT_MS = 2_000;

/**
 * Runs every check. A failure is logged with its error; the answer only names the check (it may
 * be public, and a driver's message can quote paths or hosts).
 */
export async function checkReadiness(
  checks: readonly ReadinessCheck[],
  log: Logger,
): Promise<Readiness> {
  const results = await Promise.all(
    checks.map(async ({ name, check }) => {
      try {
        await withTimeout(check(), CHECK_TIMEOUT_MS);
        return [name, CheckStatus.Ok] as const;
      } catch (error) {
        log.warn({ err: error, check: name }, 'readiness check failed');
        return [name, CheckStatus.Failed] as const;
      }
    }),
  );
  return {
    status: results.every(([, status]) => status === CheckStatus.Ok)
      ? ReadinessStatus.Ok
      : ReadinessStatus.Unavailable,
    checks: Object.fromEntries(results),
  };
}

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
