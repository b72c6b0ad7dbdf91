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
import { latestRecords } from '../../boards/records.js';
import type { Logger } from '../../log.js';
import type { Room } from '../../relay/Room.js';
import { serverWrite } from '../../relay/serverWrite.js';
import { ControlCount, type PrivateRooms, sameCounts } from '../common/ControlCount.js';

export class PrivateCounter extends ControlCount {
  readonly #boardId: string;

  constructor(control: Room, boardId: string, rooms: PrivateRooms, log: Logger) {
    super(control, rooms, log, SessionKey.PrivateWriting, 'private cards');
    this.#boardId = boardId;
  }

  protected async count(): Promise<void> {
    const on = readPrivateWriting(this.board.get(SessionKey.PrivateWriting));
    if (!on) {
      if (this.board.has(SessionKey.PrivateCounts)) {
        serverWrite(this.control.doc, () => this.board.delete(SessionKey.PrivateCounts));
      }
      return;
    }
    const names = await this.rooms.privateRoomNames(this.#boardId);
    if (this.disposed) return;
    await this.rooms.withRooms([this.control.name, ...names], ([control, ...privates]) => {
      if (control === undefined || control.doc.isDestroyed) return;
      const board = control.doc.getMap<unknown>(CONTROL_BOARD);
      if (!readPrivateWriting(board.get(SessionKey.PrivateWriting))) return this.request();
      const counted = countPrivateCards(privates);
      const before = readPrivateCounts(board.get(SessionKey.PrivateCounts));
      if (before?.total === counted.total && sameCounts(before.counts, counted.counts)) return;
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
