/**
 * Voting (dots) as a relay extension. A private room loads its board's content and control
 * rooms: its `BallotGuard` takes back, right after a member's update is applied, the dots the
 * voting round does not allow. A control room keeps the board's totals (`VoteTally`), counted
 * again when the round changes and when a member's dots do.
 */
import { contentRoom, controlRoom, DocKind } from '@werkbord/shared';
import { roomLogFields } from '../../roomLogFields.js';
import type { ClientUpdate, RelayContext, RelayExtension } from '../../relay/RelayExtension.js';
import type { Room } from '../../relay/Room.js';
import { BallotGuard } from './BallotGuard.js';
import { privateRoomsOf } from '../common/ControlCount.js';
import { VoteTally } from './VoteTally.js';

/** Dots in a private document that the voting round does not allow: taken back at once. */
export const VOTES_REFUSED = 'votes';

export class Voting implements RelayExtension {
  readonly name = 'voting';
  readonly refusals = { [VOTES_REFUSED]: 'dots not allowed' };
  #context: RelayContext | null = null;
  readonly #ballots = new Map<Room, BallotGuard>();
  /** The tally of each board whose control room is loaded. */
  readonly #tallies = new Map<string, VoteTally>();

  setup(context: RelayContext): void {
    this.#context = context;
  }

  roomsNeeded({ kind, boardId }: { kind: DocKind; boardId: string }): string[] {
    return kind === DocKind.Private ? [contentRoom(boardId), controlRoom(boardId)] : [];
  }

  onLoad(room: Room): void {
    const context = this.#context;
    const boardId = room.boardId;
    if (context === null) return;
    if (room.kind === DocKind.Control) {
      this.#tallies.set(
        boardId,
        new VoteTally(room, boardId, privateRoomsOf(context), context.log),
      );
    } else if (room.kind === DocKind.Private) {
      const content = room.neededRoom(contentRoom(boardId));
      const control = room.neededRoom(controlRoom(boardId));
      const onVoted = () => this.#tallies.get(boardId)?.request();
      this.#ballots.set(room, new BallotGuard(room, content, control, onVoted));
    }
  }

  afterApply({ room }: ClientUpdate): string | null {
    const refused = this.#ballots.get(room)?.takeBack();
    if (refused === undefined || refused.size === 0) return null;
    this.#context?.log.info(
      { ...roomLogFields(room.name), refused: Object.fromEntries(refused) },
      'dots taken back',
    );
    return VOTES_REFUSED;
  }

  onUnload(room: Room): void {
    this.#ballots.get(room)?.dispose();
    this.#ballots.delete(room);
    const boardId = room.boardId;
    const tally = this.#tallies.get(boardId);
    if (room.kind === DocKind.Control && tally?.control === room) {
      tally.dispose();
      this.#tallies.delete(boardId ?? '');
    }
  }
}
