/**
 * Who owns which board, in Redis: one lease per board (`werkbord:board:<id>:owner`, a value
 * `<processId>/<fence>` that expires unless renewed) and a fencing counter per board
 * (`werkbord:board:<id>:fence`, `INCR` for every new owner). Each operation is one Lua script, so
 * Redis runs it atomically: two processes can never both take a free board, and only the holder
 * renews or releases its lease.
 */
import type { Redis } from 'ioredis';

/** An owner as the lease names it. */
export interface LeaseOwner {
  processId: string;
  fence: bigint;
  /** The lease's value, which renewing and releasing compare against. */
  value: string;
}

const KEY_PREFIX = 'werkbord:board:';
const ownerKey = (boardId: string) => `${KEY_PREFIX}${boardId}:owner`;
const fenceKey = (boardId: string) => `${KEY_PREFIX}${boardId}:fence`;

// Takes the lease when it is free, or when it still names the owner the caller knows is gone
// (ARGV[3]); every new owner gets the next fence. A board without a counter (a new one, or Redis
// lost its data) starts at Redis' clock in microseconds, above every fence handed out before. [1]
// Returns the lease's value after the call. Fences are read back as strings: Lua would print a
// number above 10^14 in exponent notation.
const ACQUIRE = `
local current = redis.call('GET', KEYS[1])
if current and current ~= ARGV[3] then return current end
if redis.call('EXISTS', KEYS[2]) == 1 then
  redis.call('INCR', KEYS[2])
else
  local now = redis.call('TIME')
  redis.call('SET', KEYS[2], now[1] .. string.format('%06d', tonumber(now[2])))
end
local value = ARGV[1] .. '/' .. redis.call('GET', KEYS[2])
redis.call('SET', KEYS[1], value, 'PX', ARGV[2])
return value`;

// Only the holder renews (1) or releases (1); 0 when the lease is someone else's or gone.
const RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

// The holder moves its fence up by ARGV[3] (Redis lost its counter, PostgreSQL has a higher one).
const RAISE = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return false end
redis.call('INCRBY', KEYS[2], ARGV[3])
local value = ARGV[2] .. '/' .. redis.call('GET', KEYS[2])
redis.call('SET', KEYS[1], value, 'PX', ARGV[4])
return value`;

export class BoardLeases {
  readonly #redis: Redis;
  readonly #leaseMs: number;

  constructor(redis: Redis, leaseMs: number) {
    this.#redis = redis;
    this.#leaseMs = leaseMs;
  }

  /** The board's owner, `null` when nobody holds its lease. */
  async owner(boardId: string): Promise<LeaseOwner | null> {
    return parseOwner(await this.#redis.get(ownerKey(boardId)));
  }

  /**
   * Takes the board when it is free (or when its lease is `goneOwner`'s): the owner afterwards,
   * which is this process when it took it.
   */
  async acquire(boardId: string, processId: string, goneOwner = ''): Promise<LeaseOwner> {
    const value = await this.#redis.eval(
      ACQUIRE,
      2,
      ownerKey(boardId),
      fenceKey(boardId),
      processId,
      this.#leaseMs,
      goneOwner,
    );
    const owner = parseOwner(typeof value === 'string' ? value : null);
    if (owner === null) throw new Error('unexpected answer from Redis to a lease');
    return owner;
  }

  /** Extends the lease; `false` when it is no longer this holder's. */
  async renew(boardId: string, value: string): Promise<boolean> {
    return (await this.#redis.eval(RENEW, 1, ownerKey(boardId), value, this.#leaseMs)) === 1;
  }

  /** Gives the lease up; `false` when it was no longer this holder's. */
  async release(boardId: string, value: string): Promise<boolean> {
    return (await this.#redis.eval(RELEASE, 1, ownerKey(boardId), value)) === 1;
  }

  /** Raises the holder's fence by `step`; the new lease, or `null` when it is no longer held. */
  async raise(boardId: string, held: LeaseOwner, step: bigint): Promise<LeaseOwner | null> {
    const value = await this.#redis.eval(
      RAISE,
      2,
      ownerKey(boardId),
      fenceKey(boardId),
      held.value,
      held.processId,
      step.toString(),
      this.#leaseMs,
    );
    return parseOwner(typeof value === 'string' ? value : null);
  }

  /** A deleted board: its lease and counter go too (a board id is never used again). */
  async forget(boardId: string): Promise<void> {
    await this.#redis.del(ownerKey(boardId), fenceKey(boardId));
  }
}

function parseOwner(value: string | null): LeaseOwner | null {
  if (value === null) return null;
  const slash = value.lastIndexOf('/');
  const fence = value.slice(slash + 1);
  if (slash <= 0 || !/^\d+$/.test(fence)) return null;
  return { processId: value.slice(0, slash), fence: BigInt(fence), value };
}

/*
 * [1] Counting from 1 again after Redis lost its counters would hand a new owner the fence the
 *     current one still holds, and PostgreSQL, which refuses only older fences, would take the
 *     writes of both until the current owner's next renewal. Microseconds since 1970 are more
 *     than any board's count of owners since its counter started; a clock that went back is
 *     still covered by `Ownership`, which raises a fence PostgreSQL refuses.
 */
