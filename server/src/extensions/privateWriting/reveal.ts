/**
 * Onthullen: every member's private cards move onto the board at once. The board's content room
 * and all its private rooms are loaded and held; then, in one synchronous step, each private
 * card is added to the content document with its id and value (so its place and author stay)
 * and removed from its private document. Both are server writes: stored and broadcast through
 * the rooms like any update, in the same storage batch. A card whose id is already on the board
 * is not added twice (a second reveal moves nothing new).
 */
import {
  CONTENT_RECORDS,
  contentRoom,
  privateRoomPrefix,
  type RecordEntry,
} from '@werkbord/shared';
import type * as Y from 'yjs';
import { deleteRecords, latestRecords } from '../../boards/records.js';
import type { RelayContext } from '../../relay/RelayExtension.js';
import { serverWrite } from '../../relay/serverWrite.js';

/** Reveals a board's private cards; resolves with how many were added to the board. */
export async function revealPrivateCards(
  rooms: Pick<RelayContext, 'roomNames' | 'withRooms'>,
  boardId: string,
): Promise<number> {
  const names = await rooms.roomNames(privateRoomPrefix(boardId));
  if (names.length === 0) return 0;
  return rooms.withRooms([contentRoom(boardId), ...names], ([content, ...privates]) => {
    if (content === undefined) return 0;
    return movePrivateRecords(
      content.doc,
      privates.map((room) => room.doc),
    );
  });
}

/**
 * Moves the cards (shape records, and binding records such as a relation's ends) of the private
 * documents into the content document; other records stay where they are. Returns how many
 * records the content document gained.
 */
export function movePrivateRecords(content: Y.Doc, privates: readonly Y.Doc[]): number {
  const board = content.getArray<unknown>(CONTENT_RECORDS);
  const onBoard = new Set(latestRecords(board).keys());
  const added: RecordEntry[] = [];
  const moved = new Map<Y.Doc, Set<string>>();
  for (const doc of privates) {
    const keys = new Set<string>();
    for (const [key, val] of latestRecords(doc.getArray(CONTENT_RECORDS))) {
      if (!isCard(key, val)) continue;
      keys.add(key);
      if (onBoard.has(key)) continue;
      onBoard.add(key);
      added.push({ key, val });
    }
    if (keys.size > 0) moved.set(doc, keys);
  }
  if (added.length > 0) serverWrite(content, () => board.push(added));
  for (const [doc, keys] of moved) {
    serverWrite(doc, () => deleteRecords(doc.getArray(CONTENT_RECORDS), keys));
  }
  return added.length;
}

function isCard(key: string, val: unknown): boolean {
  if (!key.startsWith('shape:') && !key.startsWith('binding:')) return false;
  return typeof val === 'object' && val !== null && (val as { id?: unknown }).id === key;
}
