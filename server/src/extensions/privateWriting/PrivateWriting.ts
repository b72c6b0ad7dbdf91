/**
 * Private writing and onthullen as a relay extension. Each member writes in a private document
 * of their own (admitted with its member key, `admission.ts`); `reveal` moves every member's
 * private cards onto the board at once (`POST /api/boards/<id>/reveal`). Meanwhile the
 * begeleider sees how many cards each person has (`PrivateCounter`): counted again whenever a
 * private document changes or someone opens one.
 */
import { controlRoom, DocKind, type RoomName } from '@werkbord/shared';
import type { ClientUpdate, RelayContext, RelayExtension } from '../../relay/RelayExtension.js';
import type { Room } from '../../relay/Room.js';
import { privateRoomsOf } from '../common/ControlCount.js';
import { PrivateCounter } from './PrivateCounts.js';
import { revealPrivateCards } from './reveal.js';

export class PrivateWriting implements RelayExtension {
  readonly name = 'private writing';
  #context: RelayContext | null = null;
  /** The counter of each board whose control room is loaded. */
  readonly #counters = new Map<string, PrivateCounter>();

  setup(context: RelayContext): void {
    this.#context = context;
  }

  roomsNeeded({ kind, boardId }: RoomName): string[] {
    return kind === DocKind.Private ? [controlRoom(boardId)] : [];
  }

  onLoad(room: Room): void {
    const context = this.#context;
    const boardId = room.boardId;
    if (context === null || room.kind !== DocKind.Control) return;
    this.#counters.set(
      boardId,
      new PrivateCounter(room, boardId, privateRoomsOf(context), context.log),
    );
  }

  /** Any update of a private room: cards written, or a browser that just opened it. */
  afterApply({ room }: ClientUpdate): null {
    this.#countAgain(room);
    return null;
  }

  afterStored(room: Room): void {
    this.#countAgain(room);
  }

  onUnload(room: Room): void {
    const boardId = room.boardId;
    const counter = this.#counters.get(boardId);
    if (room.kind === DocKind.Control && counter?.control === room) {
      counter.dispose();
      this.#counters.delete(boardId ?? '');
    }
    // A private room leaving memory is not counted for: counting loads it again. [1]
  }

  /** Onthullen: moves the board's private cards onto it; resolves with how many were added. */
  reveal(boardId: string): Promise<number> {
    if (this.#context === null) return Promise.reject(new Error('the relay has not started'));
    return revealPrivateCards(this.#context, boardId);
  }

  #countAgain(room: Room): void {
    if (room.kind !== DocKind.Private) return;
    this.#counters.get(room.boardId)?.request();
  }
}

/*
 * [1] Its cards still count in the total; the person it was counted for keeps them until the next
 *     count (any private change), which the begeleider does not see: the list shows only who is
 *     here.
 */
