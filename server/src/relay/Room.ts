/**
 * One loaded document: its Y.Doc, the presence (awareness) of its clients and the connections
 * that receive its broadcasts. The room's doc is the truth the relay answers sync requests
 * from; `RoomLifecycle` fills it from storage when the room loads and drops it when it unloads.
 */
import { type DocKind, parseRoomName } from '@werkbord/shared';
import * as Y from 'yjs';
import type { SharedMessage } from './broadcastFrame.js';
import { encodePresence } from './presenceCodec.js';
import { type PresenceOwner, RoomPresence } from './RoomPresence.js';
import { RoomOutbox } from './RoomOutbox.js';
import { WholeState } from './WholeState.js';

/** Transaction origin of updates replayed from storage: they are never stored again. */
export const FROM_STORAGE = Symbol('from storage');

/** A client of the room, as the room sees it (a `Connection`). */
export interface RoomMember extends PresenceOwner {
  send(message: Uint8Array): void;
  /** Sends a broadcast's messages, framed once for all their receivers (`broadcastFrame.ts`). */
  sendShared(shared: SharedMessage): void;
  close(code: number, reason: string): void;
}

/** Receives every update the doc emits that did not come from storage. */
export type UpdateListener = (room: Room, update: Uint8Array, origin: RoomMember | null) => void;

export class Room {
  readonly name: string;
  /** Parsed from the name once: extensions ask for it on every update. */
  readonly boardId: string;
  readonly kind: DocKind;
  readonly doc = new Y.Doc();
  /** The whole document, encoded once for many readers and newcomers. */
  readonly wholeState = new WholeState(this.doc);
  /** Who is here: the presence states of the room's clients, as the server relays them. */
  readonly presence = new RoomPresence();
  readonly connections = new Set<RoomMember>();
  readonly #outbox = new RoomOutbox(this.connections);
  /**
   * Resolves once the room is loaded (`RoomLifecycle`: the stored state is in `doc`, the rooms
   * it `needed` are ready and the extensions know); no sync message is answered and no update
   * judged before.
   */
  readonly ready: Promise<void>;
  /**
   * The rooms the extensions need loaded while this one is (`RelayExtension.roomsNeeded`):
   * e.g. a content room its control room, for the lock.
   */
  readonly needed: readonly Room[];
  /** Updates applied to `doc` whose write has not completed yet (`UpdateWriter`). */
  unstored = 0;

  constructor(
    name: string,
    onUpdate: UpdateListener,
    needed: readonly Room[] = [],
    load: (room: Room) => Promise<void> = async () => {},
  ) {
    const parsed = parseRoomName(name);
    if (parsed === null) throw new Error(`not a room name: ${name}`);
    this.name = name;
    this.boardId = parsed.boardId;
    this.kind = parsed.kind;
    this.needed = needed;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === FROM_STORAGE) return;
      const member = this.connections.has(origin as RoomMember) ? (origin as RoomMember) : null;
      onUpdate(this, update, member);
    });
    this.ready = load(this);
  }

  /** One of the rooms this one `needed`, by name; throws when it is not one of them. */
  neededRoom(name: string): Room {
    const room = this.needed.find((candidate) => candidate.name === name);
    if (room === undefined) throw new Error(`${this.name} was not loaded with ${name}`);
    return room;
  }

  /** Sends `message` to every connection of the room except `except`, paced (`RoomOutbox`). */
  broadcast(message: Uint8Array, except: RoomMember | null = null): void {
    this.#outbox.send(message, except);
  }

  /** Removes a connection and, with a broadcast to the others, the presence it introduced. */
  remove(connection: RoomMember): void {
    if (!this.connections.delete(connection)) return;
    const removed = this.presence.remove(connection);
    if (removed.length > 0) this.broadcast(encodePresence(removed)); // [1]
  }

  destroy(): void {
    this.#outbox.flush();
    this.#outbox.dispose();
    this.doc.destroy();
  }
}

/*
 * [1] The connection is already out of `connections`, so the removal reaches every other client.
 */
