/**
 * The one seam between the relay core and a feature (the board lock, voting, onthullen,
 * momentopnamen, metrics…). The core loads rooms, judges what every relay must judge (write
 * rights, cost, storage quota), applies, stores and broadcasts; a feature adds itself by
 * implementing some of these optional hooks and being listed in the extensions array of
 * `server.ts`. The core never imports a feature.
 *
 * Hooks run in the order of that array. The judging hooks are synchronous: they run for every
 * update, between two messages, so what they read is exactly the state the update meets.
 */
import type { RoomName } from '@werkbord/shared';
import type { Logger } from '../log.js';
import type { Connection } from './Connection.js';
import type { Room } from './Room.js';

/** Why an update was refused: a core reason (`CoreRefusal`) or one an extension declares. */
export type WriteRefusal = string;

/** The reasons the core itself refuses for, with what its log line says. */
export const CoreRefusal = {
  /** The role may not write this document at all. */
  Role: 'role',
  /** Out of proportion (values nested too deep, too many clients): the connection is closed. */
  Cost: 'cost',
  /** The document is at its storage quota (`documentQuota.ts`): the connection is closed. */
  DocumentFull: 'document-full',
  /** A private document, and the board is at its storage quota: the connection is closed. */
  BoardFull: 'board-full',
} as const;

/** An update a client sent, about to be applied to its room's doc. */
export interface ClientUpdate {
  room: Room;
  connection: Connection;
  update: Uint8Array;
}

/** A refusal, as every extension hears of it (`onRefused`). */
export interface Refusal {
  room: Room;
  /** The writer; `null` when the server took back what a client had written. */
  connection: Connection | null;
  reason: WriteRefusal;
}

/** What the relay offers an extension (given once, to `setup`). */
export interface RelayContext {
  readonly log: Logger;
  /** Every refusal reason there is: the core's and all extensions' (for counting). */
  readonly refusals: readonly WriteRefusal[];
  /**
   * Runs `task` once the named rooms are loaded and ready (loaded as if a client came when they
   * are not in memory); they stay loaded until it returns. The task runs synchronously, so what
   * it changes (through `serverWrite`) is one step between clients' messages. Rejects while the
   * server shuts down, for a deleted board, or when a room failed meanwhile.
   */
  withRooms<T>(names: readonly string[], task: (rooms: Room[]) => T): Promise<T>;
  /** The names of the documents starting with `prefix`: stored ones and those in memory. */
  roomNames(prefix: string): Promise<string[]>;
}

/**
 * A feature of the relay. Every hook is optional; implement what the feature needs.
 * A hook that throws is logged and skipped (the others still run), except `judgeUpdate`:
 * a judge that throws (an update it cannot decode) closes the writer's connection with 4400.
 */
export interface RelayExtension {
  /** Short name, for logs. */
  readonly name: string;
  /** The refusal reasons this extension may give, each with what its log line says. */
  readonly refusals?: Readonly<Record<WriteRefusal, string>>;
  /** Once, when the relay starts, before any room loads. */
  setup?(context: RelayContext): void;
  /**
   * The rooms that must be loaded, and stay loaded, while `room` is (a content room needs its
   * control room for the lock). The core adds what those rooms need in turn; `room` is not
   * ready before they are.
   */
  roomsNeeded?(room: RoomName & { name: string }): readonly string[];
  /**
   * `room` is loaded: its stored state is in its doc and the rooms it needs are ready
   * (`room.needed`). Runs before any client message for it is handled; a returned promise
   * delays that further.
   */
  onLoad?(room: Room): void | Promise<void>;
  /**
   * Before a client's update is applied: the reason to refuse it, or `null`. A refused update is
   * dropped (never applied, stored or relayed) and counted; its client keeps it, and its later
   * updates that build on it are held back until it sends everything at once.
   */
  judgeUpdate?(update: ClientUpdate): WriteRefusal | null;
  /**
   * Right after a client's update was applied, in the same turn: the extension may take back
   * what it does not allow with `serverWrite` (stored in the same batch, after the update, so
   * the client converges) and return the reason, which is counted; `null` when all is well.
   */
  afterApply?(update: ClientUpdate): WriteRefusal | null;
  /** An update of `room` (a client's or the server's) is stored; called once per update, in order. */
  afterStored?(room: Room, update: Uint8Array): void;
  /** An update was refused or taken back, by the core or an extension. */
  onRefused?(refusal: Refusal): void;
  /** `room` leaves memory (unloaded, failed or its board deleted): stop observing it. */
  onUnload?(room: Room): void;
  /**
   * `room` was unloaded because nobody used it any more, and storage now has all of it. Not
   * called at shutdown, on failure or when its board is deleted.
   */
  afterUnload?(room: Room): void;
}
