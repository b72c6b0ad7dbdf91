/**
 * The boards this process owns. A board is taken when a connection or a request needs its live
 * room and nobody owns it: the lease in Redis first (`BoardLeases`, which hands out the next
 * fence), then `storage.claimBoard(boardId, fence)` before anything of it is loaded, so from then
 * on PostgreSQL refuses the writes of every earlier owner. Every `renewEveryMs` the leases of
 * boards still in use are renewed and the others released; a lease that was taken over (this
 * process was paused) is let go of at once. A lease Redis has not confirmed for most of its time
 * (Redis down or cut off) is given up before it could expire for the others: from then on this
 * process writes nothing for the board, and its clients reconnect to whoever owns it next. [3]
 */
import { StaleOwnerError, type Storage } from '../storage/Storage.js';
import type { Logger } from '../log.js';
import type { BoardLeases, LeaseOwner } from './BoardLeases.js';

/** Where a board's live room is. */
export type Location =
  | { kind: 'here'; fence: bigint }
  | { kind: 'elsewhere'; owner: LeaseOwner }
  /** No such board: nothing to own; the caller answers as for any unknown board. */
  | { kind: 'unknown' };

export interface OwnershipOptions {
  leases: BoardLeases;
  processId: string;
  /** The storage itself, without fences: for claims. */
  storage: Storage;
  leaseMs: number;
  log: Logger;
  /** Whether the board still has rooms in memory here (or rooms being unloaded). */
  inUse: (boardId: string) => boolean;
  /** The board was taken over by another process: drop its rooms here. */
  onLost: (boardId: string) => void;
  /** Called with every renewal round (the process' own heartbeat goes with it). */
  onRound?: () => Promise<void>;
}

interface Held {
  lease: LeaseOwner;
  /** When a connection, a request or a write last needed the board. */
  lastNeeded: number;
  /**
   * Until when this process may write as the owner: a safety margin before the lease, counted
   * from the moment the last renewal Redis confirmed was sent, can expire.
   */
  validUntil: number;
}

/** Fences grow by doubling steps past PostgreSQL's when Redis lost its counters. */
const MAX_RAISE_STEP = 2n ** 62n;
/** The share of a lease this process writes on after the renewal Redis last confirmed. [3] */
const VALID_SHARE = 0.75;
/** How often every lease's deadline is looked at. */
const WATCH_MS = 100;

export class Ownership {
  readonly #options: OwnershipOptions;
  readonly #held = new Map<string, Held>();
  /** Boards being taken or released right now: one at a time per board. */
  readonly #busy = new Map<string, Promise<unknown>>();
  readonly #idleMs: number;
  readonly #validMs: number;
  #timer: NodeJS.Timeout | null = null;
  #watch: NodeJS.Timeout | null = null;
  #round: Promise<void> | null = null;
  #taking = true;

  constructor(options: OwnershipOptions) {
    this.#options = options;
    // A board is released once nothing needed it for a while: a connection being admitted
    // has joined its room by then.
    this.#idleMs = Math.max(2_000, options.leaseMs / 2);
    this.#validMs = Math.floor(options.leaseMs * VALID_SHARE);
  }

  get renewEveryMs(): number {
    return Math.floor(this.#options.leaseMs / 3);
  }

  /** The boards this process owns now. */
  get boards(): string[] {
    return [...this.#held.keys()];
  }

  start(): void {
    this.#timer ??= setInterval(() => void this.renewNow(), this.renewEveryMs);
    this.#timer.unref();
    // Renewals may hang (Redis unreachable): a separate, frequent look at every deadline.
    this.#watch ??= setInterval(() => this.#giveUpExpired(), WATCH_MS);
    this.#watch.unref();
  }

  /** This process' fence of the board, `undefined` when it does not own it. */
  fenceOf(boardId: string): bigint | undefined {
    const held = this.#held.get(boardId);
    if (held === undefined) return undefined;
    const now = Date.now();
    if (now >= held.validUntil) {
      this.#lose(boardId, 'its lease could not be renewed in time');
      return undefined;
    }
    held.lastNeeded = now;
    return held.lease.fence;
  }

  /**
   * Where the board's live room is, taking the board when nobody owns it (or when its lease
   * names `goneOwner`, an owner that is known to be gone: its fence is overtaken).
   */
  async locate(boardId: string, goneOwner?: LeaseOwner): Promise<Location> {
    for (;;) {
      const fence = this.fenceOf(boardId);
      if (fence !== undefined) return { kind: 'here', fence };
      const busy = this.#busy.get(boardId);
      if (busy === undefined) break;
      await busy.catch(() => undefined);
    }
    const taking = this.#take(boardId, goneOwner);
    this.#busy.set(boardId, taking);
    try {
      return await taking;
    } finally {
      if (this.#busy.get(boardId) === taking) this.#busy.delete(boardId);
    }
  }

  /** The board was deleted: forget its lease and fence. */
  async deleted(boardId: string): Promise<void> {
    this.#held.delete(boardId);
    await this.#options.leases.forget(boardId);
  }

  /** Shutting down: take no more boards (the ones held stay until `releaseAll`). */
  stopTaking(): void {
    this.#taking = false;
  }

  /** Releases every lease (after the rooms' writes are stored) and stops renewing. */
  async releaseAll(): Promise<void> {
    if (this.#timer !== null) clearInterval(this.#timer);
    if (this.#watch !== null) clearInterval(this.#watch);
    this.#timer = null;
    this.#watch = null;
    await this.#round;
    const held = [...this.#held];
    this.#held.clear();
    await Promise.all(
      held.map(([boardId, { lease }]) =>
        this.#options.leases.release(boardId, lease.value).catch((error: unknown) => {
          this.#options.log.warn({ err: error, boardId }, 'releasing a board failed');
        }),
      ),
    );
  }

  /** One renewal round: renews what is in use, releases what is not, lets go of what was lost. */
  renewNow(): Promise<void> {
    this.#round ??= this.#renewAll().finally(() => (this.#round = null));
    return this.#round;
  }

  async #renewAll(): Promise<void> {
    const { leases, log, onRound } = this.#options;
    await onRound?.().catch((error: unknown) => log.warn({ err: error }, 'heartbeat failed'));
    await Promise.all(
      [...this.#held].map(async ([boardId, held]) => {
        const now = Date.now();
        try {
          const idle = !this.#options.inUse(boardId) && now - held.lastNeeded > this.#idleMs;
          if (idle && !this.#busy.has(boardId)) return await this.#release(boardId, held);
          if (await leases.renew(boardId, held.lease.value)) {
            held.validUntil = Math.max(held.validUntil, now + this.#validMs);
          } else if (this.#held.get(boardId) === held) {
            this.#lose(boardId, 'its lease has another owner');
          }
        } catch (error) {
          log.warn({ err: error, boardId }, 'renewing a board lease failed');
          // The lease stays until its deadline: the watch gives it up then. [1]
          this.#giveUpExpired();
        }
      }),
    );
  }

  async #release(boardId: string, held: Held): Promise<void> {
    this.#held.delete(boardId);
    const releasing = this.#options.leases.release(boardId, held.lease.value);
    this.#busy.set(boardId, releasing);
    try {
      await releasing;
      this.#options.log.debug({ boardId }, 'board released');
    } finally {
      if (this.#busy.get(boardId) === releasing) this.#busy.delete(boardId);
    }
  }

  /** Gives up every board whose lease Redis has not confirmed in time. */
  #giveUpExpired(): void {
    const now = Date.now();
    for (const [boardId, held] of this.#held) {
      if (now >= held.validUntil) this.#lose(boardId, 'its lease could not be renewed in time');
    }
  }

  #lose(boardId: string, why: string): void {
    this.#held.delete(boardId);
    this.#options.log.warn({ boardId }, `board given up: ${why}`);
    this.#options.onLost(boardId);
  }

  async #take(boardId: string, goneOwner: LeaseOwner | undefined): Promise<Location> {
    const { leases, processId, storage, log } = this.#options;
    const current = await leases.owner(boardId);
    // Our own lease without a record of it (given up while Redis could not confirm it) is
    // taken up again below: `acquire` answers with it.
    const other = current !== null && current.processId !== processId;
    if (other && current.value !== goneOwner?.value) return { kind: 'elsewhere', owner: current };
    if (!this.#taking) throw new Error('this process is shutting down and takes no boards');
    // Only real boards get a lease and a fence: a made-up id leaves nothing in Redis.
    if ((await storage.getBoard(boardId)) === null) return { kind: 'unknown' };
    const asked = Date.now();
    const lease = await leases.acquire(boardId, processId, goneOwner?.value);
    if (lease.processId !== processId) return { kind: 'elsewhere', owner: lease };
    // Our own lease taken up again keeps its old time: renewed, so that it counts from `asked`.
    if (lease.value === current?.value && !(await leases.renew(boardId, lease.value))) {
      throw new Error('the lease ran out while it was taken up again');
    }
    const claimed = await this.#claim(boardId, lease);
    if (claimed === null) return { kind: 'unknown' };
    const now = Date.now();
    // Counted from before the lease was asked for: it cannot expire earlier than that.
    this.#held.set(boardId, { lease: claimed, lastNeeded: now, validUntil: asked + this.#validMs });
    log.info({ boardId, fence: claimed.fence.toString() }, 'board taken');
    return { kind: 'here', fence: claimed.fence };
  }

  /**
   * Records the fence in storage before the board is loaded. `null` when the board is gone.
   * A stored fence above ours means Redis lost its counters (restarted without its data): the
   * fence is raised past it. [2]
   */
  async #claim(boardId: string, lease: LeaseOwner): Promise<LeaseOwner | null> {
    const { leases, storage } = this.#options;
    let held = lease;
    for (let step = 1n; ; step *= 2n) {
      try {
        await storage.claimBoard(boardId, held.fence);
        return held;
      } catch (error) {
        const gone = error instanceof StaleOwnerError && (await storage.getBoard(boardId)) === null;
        if (gone || !(error instanceof StaleOwnerError) || step > MAX_RAISE_STEP) {
          await leases.release(boardId, held.value).catch(() => undefined);
          if (gone) return null;
          throw error;
        }
        const raised = await leases.raise(boardId, held, step);
        if (raised === null) throw error;
        held = raised;
      }
    }
  }
}

/*
 * [1] Fences make this safe either way: a write with our fence after another process claimed the
 *     board is refused by PostgreSQL. Letting go before the lease expires spares the clients a
 *     refused write (a 1011 close and an error) and keeps the rule simple: an owner writes only
 *     while its lease certainly holds.
 * [2] Claims from a process that was merely slow are not mistaken for this: while we hold the
 *     lease nobody else gets a new fence, so a higher stored fence can only come from a counter
 *     that was reset.
 * [3] A renewal confirmed by Redis extends the lease to at least one lease after it was sent. The
 *     quarter of a lease kept back covers a round that is late (a busy event loop, a renewal that
 *     takes its whole command time-out) and the writes already under way at the deadline.
 */
