/**
 * A figure the server keeps in a board's control document, counted from the board's private
 * rooms: the vote totals, the privé card counts. Counting may load rooms, so it runs
 * asynchronously; asks that arrive while a count runs are merged into one more count after it.
 * One per loaded control room; a subclass says what to count (`count`) and which of the
 * control document's `board` keys make it count again.
 */
import { CONTROL_BOARD, privateRoomPrefix } from '@werkbord/shared';
import type * as Y from 'yjs';
import type { Logger } from '../../log.js';
import type { RelayContext } from '../../relay/RelayExtension.js';
import type { Room } from '../../relay/Room.js';
import { roomLogFields } from '../../roomLogFields.js';

/** What counting needs of the registry. */
export interface PrivateRooms {
  /** The names of a board's private rooms, stored or loaded. */
  privateRoomNames(boardId: string): Promise<string[]>;
  /** Runs `task` with these rooms loaded and ready; they stay loaded until it returns. */
  withRooms<T>(names: readonly string[], task: (rooms: Room[]) => T): Promise<T>;
}

export function privateRoomsOf(context: RelayContext): PrivateRooms {
  return {
    privateRoomNames: (boardId) => context.roomNames(privateRoomPrefix(boardId)),
    withRooms: context.withRooms,
  };
}

export abstract class ControlCount {
  /** The board's control room, where the figure is written. */
  readonly control: Room;
  protected readonly rooms: PrivateRooms;
  /** The control document's `board` map. */
  protected readonly board: Y.Map<unknown>;
  readonly #log: Logger;
  readonly #watched: string;
  readonly #what: string;
  #requested = false;
  #running = false;
  #disposed = false;

  /** `watched`: the `board` key whose change asks for a count; `what`: named in the error log. */
  constructor(control: Room, rooms: PrivateRooms, log: Logger, watched: string, what: string) {
    this.control = control;
    this.rooms = rooms;
    this.#log = log;
    this.#watched = watched;
    this.#what = what;
    this.board = control.doc.getMap(CONTROL_BOARD);
    this.board.observe(this.#onChange);
    control.ready.then(() => this.loaded()).catch(() => {}); // a failed load is logged elsewhere
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
    this.board.unobserve(this.#onChange);
  }

  protected get disposed(): boolean {
    return this.#disposed;
  }

  /** The control room is ready: by default, count. */
  protected loaded(): void {
    this.request();
  }

  /** Counts and writes the figure when it changed. */
  protected abstract count(): Promise<void>;

  readonly #onChange = (event: Y.YMapEvent<unknown>): void => {
    if (event.keysChanged.has(this.#watched)) this.request();
  };

  async #run(): Promise<void> {
    while (this.#requested && !this.#disposed) {
      this.#requested = false;
      await new Promise((resolve) => setImmediate(resolve)); // a burst of changes, one count
      try {
        await this.count();
      } catch (error) {
        this.#log.error(
          { err: error, ...roomLogFields(this.control.name) },
          `counting ${this.#what} failed`,
        );
      }
    }
  }
}

/** Whether two counts per key hold the same keys with the same numbers. */
export function sameCounts(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
): boolean {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((key) => a[key] === b[key]);
}
