/**
 * Keeps a board's private card counts in its control document (`privateCounts`), written by the
 * server only, while privé schrijven is on: how many cards each person has in their private
 * document, never what they say. A private document is a person's by the presence key of the
 * browser that has it open (`&pk=`, as on the content socket); the user id derived from it is
 * the one the begeleider's participant list shows. Documents nobody has open count in the total.
 *
 * One per loaded control room. It counts again when private writing changes and whenever a
 * private document changes or someone opens one; requests that arrive while it counts are merged
 * into one more count afterwards. When private writing ends, the counts go.
 */
import {
  cardsFromRecords,
  CONTENT_RECORDS,
  CONTROL_BOARD,
  presenceIdForKey,
  type PrivateCounts,
  readPrivateCounts,
  readPrivateWriting,
  SessionKey,
} from '@werkbord/shared';
import type * as Y from 'yjs';
import { latestRecords } from '../../boards/records.js';
import type { Logger } from '../../log.js';
import type { Room } from '../../relay/Room.js';
import { serverWrite } from '../../relay/serverWrite.js';
import { roomLogFields } from '../../roomLogFields.js';

/** What counting needs of the registry. */
export interface PrivateRooms {
  /** The names of a board's private rooms, stored or loaded. */
  privateRoomNames(boardId: string): Promise<string[]>;
  /** Runs `task` with these rooms loaded and ready; they stay loaded until it returns. */
  withRooms<T>(names: readonly string[], task: (rooms: Room[]) => T): Promise<T>;
}

export class PrivateCounter {
  /** The board's control room, where the counts are written. */
  readonly control: Room;
  readonly #boardId: string;
  readonly #rooms: PrivateRooms;
  readonly #log: Logger;
  readonly #board: Y.Map<unknown>;
  #requested = false;
  #running = false;
  #disposed = false;

  constructor(control: Room, boardId: string, rooms: PrivateRooms, log: Logger) {
    this.control = control;
    this.#boardId = boardId;
    this.#rooms = rooms;
    this.#log = log;
    this.#board = control.doc.getMap(CONTROL_BOARD);
    this.#board.observe(this.#onChange);
    control.ready.then(() => this.request()).catch(() => {}); // a failed load is logged elsewhere
  }

  /** Asks for a count; several asks while one runs give one more count. */
  request(): void {
    if (this.#disposed) return;
    this.#requested = true;
    if (this.#running) return;
    this.#running = true;
    void this.#run().finally(() => (this.#running = false));
  }

  dispose(): void {
    this.#disposed = true;
    this.#board.unobserve(this.#onChange);
  }

  readonly #onChange = (event: Y.YMapEvent<unknown>): void => {
    if (event.keysChanged.has(SessionKey.PrivateWriting)) this.request();
  };

  async #run(): Promise<void> {
    while (this.#requested && !this.#disposed) {
      this.#requested = false;
      await new Promise((resolve) => setImmediate(resolve)); // a burst of changes, one count
      try {
        await this.#count();
      } catch (error) {
        this.#log.error(
          { err: error, ...roomLogFields(this.control.name) },
          'counting private cards failed',
        );
      }
    }
  }

  async #count(): Promise<void> {
    const on = readPrivateWriting(this.#board.get(SessionKey.PrivateWriting));
    if (!on) {
      if (this.#board.has(SessionKey.PrivateCounts)) {
        serverWrite(this.control.doc, () => this.#board.delete(SessionKey.PrivateCounts));
      }
      return;
    }
    const names = await this.#rooms.privateRoomNames(this.#boardId);
    if (this.#disposed) return;
    await this.#rooms.withRooms([this.control.name, ...names], ([control, ...privates]) => {
      if (control === undefined || control.doc.isDestroyed) return;
      const board = control.doc.getMap<unknown>(CONTROL_BOARD);
      if (!readPrivateWriting(board.get(SessionKey.PrivateWriting))) return this.request();
      const counted = countPrivateCards(privates);
      if (sameCounts(readPrivateCounts(board.get(SessionKey.PrivateCounts)), counted)) return;
      serverWrite(control.doc, () => board.set(SessionKey.PrivateCounts, counted));
    });
  }
}

/** The cards of each private room, by the person who has it open, and in all. */
export function countPrivateCards(
  rooms: readonly Pick<Room, 'doc' | 'connections'>[],
): PrivateCounts {
  const counts: Record<string, number> = {};
  let total = 0;
  for (const room of rooms) {
    const records = [...latestRecords(room.doc.getArray<unknown>(CONTENT_RECORDS)).values()];
    const cards = cardsFromRecords(records).cards.length;
    total += cards;
    const owner = ownerOf(room);
    if (owner !== null) counts[owner] = (counts[owner] ?? 0) + cards;
  }
  return { counts, total };
}

/** The user id of the browser that has the private room open, `null` when none with a key does. */
function ownerOf(room: Pick<Room, 'connections'>): string | null {
  for (const connection of room.connections) {
    if (connection.presenceKey !== null) return presenceIdForKey(connection.presenceKey);
  }
  return null;
}

function sameCounts(a: PrivateCounts | null, b: PrivateCounts): boolean {
  if (a === null || a.total !== b.total) return false;
  const keys = Object.keys(b.counts);
  return (
    keys.length === Object.keys(a.counts).length &&
    keys.every((key) => a.counts[key] === b.counts[key])
  );
}
