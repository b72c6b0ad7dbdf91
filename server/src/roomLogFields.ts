/**
 * The fields a log line about a room carries: the room and, when the name is a board's room, the
 * board id, so that every line about one board can be found by `boardId`, whatever part wrote it.
 */
import { parseRoomName } from '@werkbord/shared';

export function roomLogFields(room: string): { room: string; boardId?: string } {
  const boardId = parseRoomName(room)?.boardId;
  return boardId === undefined ? { room } : { room, boardId };
}
