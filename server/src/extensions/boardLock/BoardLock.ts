/**
 * The begeleider's lock as a relay extension: a content room loads its board's control room,
 * whose `board` map says whether the board or some cards are locked (`BoardPolicy`); while they
 * are, a participant's updates to the board or to those cards are refused before they are
 * applied.
 */
import { controlRoom, DocKind } from '@werkbord/shared';
import type { ClientUpdate, RelayExtension } from '../../relay/RelayExtension.js';
import type { Room } from '../../relay/Room.js';
import { BoardPolicy, LockRefusal, writeRefusal } from './boardPolicy.js';

export class BoardLock implements RelayExtension {
  readonly name = 'board lock';
  readonly refusals = {
    [LockRefusal.BoardLocked]: 'board is locked',
    [LockRefusal.CardLocked]: 'card is locked',
  };
  /** The policy of each loaded content room. */
  readonly #policies = new Map<Room, BoardPolicy>();

  roomsNeeded({ kind, boardId }: { kind: DocKind; boardId: string }): string[] {
    return kind === DocKind.Content ? [controlRoom(boardId)] : [];
  }

  onLoad(room: Room): void {
    if (room.kind !== DocKind.Content) return;
    this.#policies.set(room, new BoardPolicy(room.neededRoom(controlRoom(room.boardId))));
  }

  judgeUpdate({ room, connection, update }: ClientUpdate): string | null {
    const policy = this.#policies.get(room);
    if (policy === undefined) return null;
    return writeRefusal(connection.role, { kind: room.kind, doc: room.doc, policy }, update);
  }

  onUnload(room: Room): void {
    this.#policies.get(room)?.dispose();
    this.#policies.delete(room);
  }
}
