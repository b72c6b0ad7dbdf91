/**
 * Several processes serving one set of boards (`WERKBORD_REDIS_URL`): composes the Redis
 * connections, this process' entry among the members, the board leases and ownership, the fenced
 * storage, the gate that forwards to owners, and the events every process hears (a board was
 * deleted). `server.ts` asks it for the storage, the gate and a readiness check, and tells it when
 * the server listens and when it shuts down.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import type { WerkbordConfig } from '../config.js';
import type { Logger } from '../log.js';
import type { Storage } from '../storage/Storage.js';
import { BoardLeases } from './BoardLeases.js';
import { ClusterGate, type Routed } from './ClusterGate.js';
import { ClusterMembers } from './ClusterMembers.js';
import { FencedStorage } from './FencedStorage.js';
import { ForwardedFrom } from './forwardedFrom.js';
import { Ownership } from './Ownership.js';

const EVENTS_CHANNEL = 'werkbord:events';

/** What the cluster asks of the server it is part of. */
export interface ClusterHooks {
  /** Whether a room of the board is in memory (or still being unloaded) here. */
  inUse(boardId: string): boolean;
  /** Another process took the board over: drop its rooms here, its clients reconnect. */
  lost(boardId: string): void;
  /** The board was deleted (by any process): close its connections here with 4410. */
  deleted(boardId: string): void;
  /** The client's address as this process sees it. */
  clientAddress(req: IncomingMessage): string;
  /** A board's connection or request was served here or forwarded (for `/metrics`). */
  routed(route: Routed): void;
}

export class Cluster {
  readonly storage: FencedStorage;
  readonly gate: ClusterGate;
  readonly processId: string;
  readonly #config: WerkbordConfig;
  readonly #log: Logger;
  readonly #redis: Redis;
  readonly #subscriber: Redis;
  readonly #members: ClusterMembers;
  readonly #ownership: Ownership;
  readonly #forwardedFrom: ForwardedFrom;
  readonly #hooks: ClusterHooks;

  constructor(config: WerkbordConfig, storage: Storage, log: Logger, hooks: ClusterHooks) {
    if (config.redisUrl === null) throw new Error('a cluster needs WERKBORD_REDIS_URL');
    this.#config = config;
    this.#hooks = hooks;
    this.processId = `${hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`;
    this.#log = log.child({ process: this.processId });
    this.#redis = new Redis(config.redisUrl, {
      lazyConnect: true,
      // A command while Redis is away fails at once: connections are refused, never parked. [1]
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 5_000,
      commandTimeout: 2_000,
    });
    this.#subscriber = this.#redis.duplicate({ commandTimeout: undefined });
    for (const connection of [this.#redis, this.#subscriber]) {
      connection.on('error', (error: Error) =>
        this.#log.warn({ err: { message: error.message } }, 'Redis connection error'),
      );
    }
    const leases = new BoardLeases(this.#redis, config.ownerLeaseMs);
    this.#members = new ClusterMembers(this.#redis, this.processId, config.ownerLeaseMs);
    this.#ownership = new Ownership({
      leases,
      processId: this.processId,
      storage,
      leaseMs: config.ownerLeaseMs,
      log: this.#log,
      inUse: hooks.inUse,
      onLost: hooks.lost,
      onRound: () => this.#members.heartbeat(),
    });
    this.storage = new FencedStorage(storage, {
      fenceOf: (boardId) => this.#ownership.fenceOf(boardId),
      take: async (boardId) => {
        const location = await this.#ownership.locate(boardId);
        return location.kind === 'here' ? location.fence : undefined;
      },
      deleted: (boardId) => this.#deleted(boardId),
    });
    // The database URL holds a password every process shares: a secret nobody has to set.
    this.#forwardedFrom = new ForwardedFrom(config.clusterSecret ?? config.databaseUrl ?? '');
    this.gate = new ClusterGate({
      ownership: this.#ownership,
      leases,
      members: this.#members,
      forwardedFrom: this.#forwardedFrom,
      clientAddress: hooks.clientAddress,
      routed: hooks.routed,
      leaseMs: config.ownerLeaseMs,
      log: this.#log,
    });
  }

  /** Connects to Redis and listens for the cluster's events; rejects with a clear reason. */
  async connect(): Promise<void> {
    try {
      await this.#redis.connect();
      await this.#subscriber.connect();
    } catch (error) {
      this.#redis.disconnect();
      this.#subscriber.disconnect();
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Redis (WERKBORD_REDIS_URL) cannot be reached: ${reason}`);
    }
    this.#subscriber.on('message', (channel: string, message: string) => {
      if (channel === EVENTS_CHANNEL) this.#onEvent(message);
    });
    await this.#subscriber.subscribe(EVENTS_CHANNEL);
  }

  /** The server listens on `port`: this process joins and starts renewing. */
  async join(port: number): Promise<void> {
    const host = this.#config.host;
    const wildcard = host === undefined || ['0.0.0.0', '::', '[::]'].includes(host);
    const name = wildcard ? hostname() : host.includes(':') ? `[${host}]` : host;
    const url = this.#config.internalUrl ?? `http://${name}:${port}`;
    await this.#members.register(url);
    this.#ownership.start();
    this.#log.info({ internalUrl: url }, 'joined the cluster');
  }

  /** The client's address when another process of the cluster forwarded the request. */
  forwardedAddress(req: IncomingMessage): string | null {
    return this.#forwardedFrom.address(req.headers);
  }

  /** `/readyz`: Redis answers. */
  readonly readiness = {
    name: 'redis',
    check: async (): Promise<void> => {
      await this.#redis.ping();
    },
  };

  /** Shutdown begins: the others wait for this process' boards instead of taking them. */
  async drain(): Promise<void> {
    this.#ownership.stopTaking();
    await this.gate.closeForwarded();
    await this.#members.markDraining().catch((error: unknown) => {
      this.#log.warn({ err: error }, 'could not announce the shutdown');
    });
  }

  /** After the relay stored everything: releases every board, leaves, disconnects. */
  async close(): Promise<void> {
    const boards = this.#ownership.boards.length;
    await this.gate.closeForwarded(); // any joined since `drain`
    await this.#ownership.releaseAll();
    await this.#members.unregister().catch(() => undefined);
    this.#log.info({ boards }, 'boards handed over, left the cluster');
    await Promise.all([
      this.#subscriber.quit().catch(() => undefined),
      this.#redis.quit().catch(() => undefined),
    ]);
  }

  async #deleted(boardId: string): Promise<void> {
    await this.#ownership.deleted(boardId);
    await this.#redis.publish(EVENTS_CHANNEL, JSON.stringify({ deleted: boardId }));
  }

  #onEvent(message: string): void {
    try {
      const event = JSON.parse(message) as { deleted?: unknown };
      if (typeof event.deleted === 'string') this.#hooks.deleted(event.deleted);
    } catch (error) {
      this.#log.warn({ err: error }, 'unreadable cluster event');
    }
  }
}

/*
 * [1] The gate then answers 503 and the client tries again; a write waits for nothing either: a
 *     board's writes need only PostgreSQL, and its lease is given up when it cannot be renewed
 *     within its time.
 */
