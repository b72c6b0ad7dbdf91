/**
 * The live Werkbord processes, in Redis: each registers where the others reach it
 * (`werkbord:process:<id>` → its internal URL) with the same time-out as a board lease and renews
 * it with its leases, so a process that died drops out on its own. A process that shuts down says
 * so first (`draining`): the others then wait for its boards rather than take them mid-flush.
 */
import type { Redis } from 'ioredis';

export interface Member {
  /** Where the others forward connections and requests to, e.g. `http://10.0.0.5:8080`. */
  url: string;
  /** Shutting down: it hands its boards over once their writes are stored. */
  draining: boolean;
}

const PREFIX = 'werkbord:process:';

export class ClusterMembers {
  readonly #redis: Redis;
  readonly #leaseMs: number;
  readonly processId: string;
  #self: Member | null = null;

  constructor(redis: Redis, processId: string, leaseMs: number) {
    this.#redis = redis;
    this.processId = processId;
    this.#leaseMs = leaseMs;
  }

  async register(url: string): Promise<void> {
    this.#self = { url, draining: false };
    await this.heartbeat();
  }

  /** Renews this process' entry (with its lease renewals). */
  async heartbeat(): Promise<void> {
    if (this.#self === null) return;
    await this.#redis.set(PREFIX + this.processId, JSON.stringify(this.#self), 'PX', this.#leaseMs);
  }

  async markDraining(): Promise<void> {
    if (this.#self === null) return;
    this.#self = { ...this.#self, draining: true };
    await this.heartbeat();
  }

  async unregister(): Promise<void> {
    this.#self = null;
    await this.#redis.del(PREFIX + this.processId);
  }

  /** A process' entry, `null` when it is gone (or never was). */
  async lookup(processId: string): Promise<Member | null> {
    const raw = await this.#redis.get(PREFIX + processId);
    if (raw === null) return null;
    try {
      const member = JSON.parse(raw) as Partial<Member>;
      return typeof member.url === 'string'
        ? { url: member.url, draining: member.draining === true }
        : null;
    } catch {
      return null;
    }
  }
}
