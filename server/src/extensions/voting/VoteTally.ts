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
import type * as Y from 'yjs';
import type { Logger } from '../../log.js';
import type { Room } from '../../relay/Room.js';
import { serverWrite } from '../../relay/serverWrite.js';
import { roomLogFields } from '../../roomLogFields.js';

/** What counting needs of the registry. */
export interface BallotBox {
  /** The names of a board's private rooms, stored or loaded. */
  privateRoomNames(boardId: string): Promise<string[]>;
  /** Runs `task` with these rooms loaded and ready; they stay loaded until it returns. */
  withRooms<T>(names: readonly string[], task: (rooms: Room[]) => T): Promise<T>;
}

export class VoteTally {
  /** The board's control room, where the totals are written. */
  readonly control: Room;
  readonly #boardId: string;
  readonly #box: BallotBox;
  readonly #log: Logger;
  readonly #board: Y.Map<unknown>;
  #requested = false;
  #running = false;
  #disposed = false;

  constructor(control: Room, boardId: string, box: BallotBox, log: Logger) {
    this.control = control;
    this.#boardId = boardId;
    this.#box = box;
    this.#log = log;
    this.#board = control.doc.getMap(CONTROL_BOARD);
    this.#board.observe(this.#onChange);
    control.ready.then(() => this.#catchUp()).catch(() => {}); // a failed load is logged elsewhere
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
    if (event.keysChanged.has(SessionKey.Voting)) this.request();
  };

  /** After loading: a count the server did not finish before it stopped is made now. */
  #catchUp(): void {
    const voting = readVoting(this.#board.get(SessionKey.Voting));
    const totals = readVoteTotals(this.#board.get(SessionKey.VoteTotals));
    if (voting !== null && (voting.status === 'open' || totals?.round !== voting.id)) {
      this.request();
    }
  }

  async #run(): Promise<void> {
    while (this.#requested && !this.#disposed) {
      this.#requested = false;
      await new Promise((resolve) => setImmediate(resolve)); // a burst of dots, one count
      try {
        await this.#count();
      } catch (error) {
        this.#log.error(
          { err: error, ...roomLogFields(this.control.name) },
          'counting votes failed',
        );
      }
    }
  }

  async #count(): Promise<void> {
    const voting = readVoting(this.#board.get(SessionKey.Voting));
    if (voting === null) return;
    const hidden = countsHidden(voting);
    const names = hidden ? [] : await this.#box.privateRoomNames(this.#boardId);
    if (this.#disposed) return;
    await this.#box.withRooms([this.control.name, ...names], ([control, ...ballots]) => {
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
      if (sameTotals(readVoteTotals(board.get(SessionKey.VoteTotals)), totals)) return;
      serverWrite(control.doc, () => board.set(SessionKey.VoteTotals, totals));
    });
  }
}

function countsHidden(voting: VotingState): boolean {
  return voting.status === 'open' && !voting.countsVisible;
}

function sameTotals(a: VoteTotals | null, b: VoteTotals): boolean {
  if (a === null || a.round !== b.round) return false;
  const keys = Object.keys(b.counts);
  return (
    keys.length === Object.keys(a.counts).length &&
    keys.every((key) => a.counts[key] === b.counts[key])
  );
}
