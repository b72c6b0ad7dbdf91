/**
 * Keeps a board's vote totals in its control document (`voteTotals`), written by the server only:
 * counted from every member's private document while the round is open with visible counts, and
 * once more when it closes. While the counts are hidden the totals are written empty, so no count
 * reaches anyone before the begeleider shows them.
 *
 * One per loaded control room. It counts again when the round changes (the begeleider's write
 * to `voting`) and when a member's dots change (`BallotGuard`). Counting loads the private rooms
 * that are not in memory, so it runs asynchronously; requests that arrive meanwhile are merged
 * into one more count afterwards.
 */
import {
  CONTROL_BOARD,
  PRIVATE_VOTES,
  readVoteTotals,
  readVoting,
  SessionKey,
  sumVotes,
  type VoteTotals,
  type VotingState,
} from '@werkbord/shared';
import type { Logger } from '../../log.js';
import type { Room } from '../../relay/Room.js';
import { serverWrite } from '../../relay/serverWrite.js';
import { ControlCount, type PrivateRooms, sameCounts } from '../common/ControlCount.js';

export class VoteTally extends ControlCount {
  readonly #boardId: string;

  constructor(control: Room, boardId: string, rooms: PrivateRooms, log: Logger) {
    super(control, rooms, log, SessionKey.Voting, 'votes');
    this.#boardId = boardId;
  }

  /** After loading: a count the server did not finish before it stopped is made now. */
  protected override loaded(): void {
    const voting = readVoting(this.board.get(SessionKey.Voting));
    const totals = readVoteTotals(this.board.get(SessionKey.VoteTotals));
    if (voting !== null && (voting.status === 'open' || totals?.round !== voting.id)) {
      this.request();
    }
  }

  protected async count(): Promise<void> {
    const voting = readVoting(this.board.get(SessionKey.Voting));
    if (voting === null) return;
    const hidden = countsHidden(voting);
    const names = hidden ? [] : await this.rooms.privateRoomNames(this.#boardId);
    if (this.disposed) return;
    await this.rooms.withRooms([this.control.name, ...names], ([control, ...ballots]) => {
      if (control === undefined || control.doc.isDestroyed) return;
      const board = control.doc.getMap<unknown>(CONTROL_BOARD);
      const now = readVoting(board.get(SessionKey.Voting));
      if (now === null) return;
      if (countsHidden(now) !== hidden) return this.request(); // changed meanwhile: count again
      const totals: VoteTotals = {
        round: now.id,
        counts: hidden
          ? {}
          : sumVotes(
              ballots.map((room) => room.doc.getMap<unknown>(PRIVATE_VOTES).entries()),
              now.id,
            ),
      };
      const before = readVoteTotals(board.get(SessionKey.VoteTotals));
      if (before?.round === totals.round && sameCounts(before.counts, totals.counts)) return;
      serverWrite(control.doc, () => board.set(SessionKey.VoteTotals, totals));
    });
  }
}

function countsHidden(voting: VotingState): boolean {
  return voting.status === 'open' && !voting.countsVisible;
}
