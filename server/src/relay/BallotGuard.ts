/**
 * Judges a member's dots in their private room. Every transaction that changes the `votes` map
 * is checked against the voting round in the control document and the cards in the content
 * document (`refusedVoteChanges`); whatever it refuses is taken back at once by a server write in
 * the same turn, before any count is made. [1]
 */
import {
  BoardKey,
  CONTENT_RECORDS,
  CONTROL_BOARD,
  findWerkvorm,
  LeegBord,
  PRIVATE_VOTES,
  readVoting,
  refusedVoteChanges,
  SessionKey,
  type VoteChange,
  type VoteRefusal,
  votableCardIds,
  type VotingState,
  type Werkvorm,
} from '@werkbord/shared';
import type * as Y from 'yjs';
import type { Logger } from '../log.js';
import { latestRecords } from './records.js';
import { FROM_SERVER, FROM_STORAGE, type Room } from './Room.js';

export interface BallotHooks {
  /** Some changes of one transaction were refused and taken back. */
  onRefused(room: Room, refused: ReadonlyMap<string, VoteRefusal>): void;
  /** The member's dots changed: the totals may need counting again. */
  onVoted(room: Room): void;
}

export class BallotGuard {
  readonly #room: Room;
  readonly #content: Room;
  readonly #control: Room;
  readonly #votes: Y.Map<unknown>;
  readonly #hooks: BallotHooks;
  readonly #log: Logger;

  /** `room` is a private room; `content` and `control` are its board's (loaded with it). */
  constructor(room: Room, content: Room, control: Room, hooks: BallotHooks, log: Logger) {
    this.#room = room;
    this.#content = content;
    this.#control = control;
    this.#hooks = hooks;
    this.#log = log;
    this.#votes = room.doc.getMap(PRIVATE_VOTES);
    this.#votes.observe(this.#onChange);
  }

  dispose(): void {
    this.#votes.unobserve(this.#onChange);
  }

  readonly #onChange = (event: Y.YMapEvent<unknown>): void => {
    const origin = event.transaction.origin;
    if (origin === FROM_STORAGE || origin === FROM_SERVER) return;
    try {
      this.#judge(event);
    } catch (error) {
      this.#log.error({ err: error, room: this.#room.name }, 'judging votes failed'); // [2]
    }
  };

  #judge(event: Y.YMapEvent<unknown>): void {
    const changes: VoteChange[] = [...event.changes.keys].map(([cardId, { oldValue }]) => ({
      cardId,
      before: oldValue,
      after: this.#votes.get(cardId),
    }));
    if (changes.length === 0) return;
    const board = this.#control.doc.getMap<unknown>(CONTROL_BOARD);
    const voting = readVoting(board.get(SessionKey.Voting));
    let votable: Set<string> | null = null;
    const isVotable = (cardId: string) =>
      (votable ??= this.#votableCards(board, voting)).has(cardId);
    const refused = refusedVoteChanges(changes, this.#votes.entries(), voting, isVotable);
    if (refused.size > 0) {
      this.#room.doc.transact(() => {
        for (const { cardId, before } of changes) {
          if (!refused.has(cardId)) continue;
          if (before === undefined) this.#votes.delete(cardId);
          else this.#votes.set(cardId, before);
        }
      }, FROM_SERVER);
      this.#hooks.onRefused(this.#room, refused);
    }
    if (refused.size < changes.length) this.#hooks.onVoted(this.#room);
  }

  #votableCards(board: Y.Map<unknown>, voting: VotingState | null): Set<string> {
    const records = [...latestRecords(this.#content.doc.getArray(CONTENT_RECORDS)).values()];
    const id = board.get(BoardKey.Werkvorm);
    const werkvorm: Werkvorm =
      (typeof id === 'string' ? findWerkvorm(id) : undefined) ?? LeegBord.leegBord;
    return votableCardIds(werkvorm, records, board.get(BoardKey.Settings), voting?.zoneId ?? null);
  }
}

/*
 * [1] Dropping the update instead, as the relay does with locked writes, would leave the member's
 *     client holding a change the server never takes, and every later change of that client
 *     (its private cards too) building on it: after a dot refused at the close of a round its
 *     private document would never sync again. Taking the refused entries back converges: the
 *     client receives the server's write and shows its dot gone. Only the member's own
 *     connections ever see the refused value; totals are counted after the correction.
 * [2] An observer that throws would make Yjs rethrow from `applyUpdate`, closing the member's
 *     connection for a fault of ours.
 */
