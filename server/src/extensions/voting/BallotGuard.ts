/**
 * Judges a member's dots in their private room. The changes a client's update makes to the
 * `votes` map are collected while it is applied; right after (`takeBack`, the relay's
 * `afterApply`) they are checked against the voting round in the control document and the cards
 * in the content document (`refusedVoteChanges`), and whatever is refused is taken back at once
 * by a server write in the same turn, before any count is made. [1]
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
import { latestRecords } from '../../boards/records.js';
import { FROM_STORAGE, type Room } from '../../relay/Room.js';
import { FROM_SERVER, serverWrite } from '../../relay/serverWrite.js';

const NOTHING_REFUSED: ReadonlyMap<string, VoteRefusal> = new Map();

export class BallotGuard {
  readonly #room: Room;
  readonly #content: Room;
  readonly #control: Room;
  readonly #votes: Y.Map<unknown>;
  /** The member's dots changed and were judged: the totals may need counting again. */
  readonly #onVoted: () => void;
  /** Each card whose dots a client changed since the last judgement, with its value before. */
  readonly #changed = new Map<string, unknown>();

  /** `room` is a private room; `content` and `control` are its board's (loaded with it). */
  constructor(room: Room, content: Room, control: Room, onVoted: () => void) {
    this.#room = room;
    this.#content = content;
    this.#control = control;
    this.#onVoted = onVoted;
    this.#votes = room.doc.getMap(PRIVATE_VOTES);
    this.#votes.observe(this.#onChange);
  }

  dispose(): void {
    this.#votes.unobserve(this.#onChange);
  }

  readonly #onChange = (event: Y.YMapEvent<unknown>): void => {
    const origin = event.transaction.origin;
    if (origin === FROM_STORAGE || origin === FROM_SERVER) return;
    for (const [cardId, { oldValue }] of event.changes.keys) {
      if (!this.#changed.has(cardId)) this.#changed.set(cardId, oldValue); // [2]
    }
  };

  /**
   * Judges the dots changed since the last call and takes back, in one server write, what the
   * voting round does not allow; returns what it took back and why.
   */
  takeBack(): ReadonlyMap<string, VoteRefusal> {
    const changes: VoteChange[] = [...this.#changed].map(([cardId, before]) => ({
      cardId,
      before,
      after: this.#votes.get(cardId),
    }));
    this.#changed.clear();
    if (changes.length === 0) return NOTHING_REFUSED;
    const board = this.#control.doc.getMap<unknown>(CONTROL_BOARD);
    const voting = readVoting(board.get(SessionKey.Voting));
    let votable: Set<string> | null = null;
    const isVotable = (cardId: string) =>
      (votable ??= this.#votableCards(board, voting)).has(cardId);
    const refused = refusedVoteChanges(changes, this.#votes.entries(), voting, isVotable);
    if (refused.size > 0) {
      serverWrite(this.#room.doc, () => {
        for (const { cardId, before } of changes) {
          if (!refused.has(cardId)) continue;
          if (before === undefined) this.#votes.delete(cardId);
          else this.#votes.set(cardId, before);
        }
      });
    }
    if (refused.size < changes.length) this.#onVoted();
    return refused;
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
 * [2] The observer only collects: an observer that throws would make Yjs rethrow from
 *     `applyUpdate`, closing the member's connection for a fault of ours. The relay calls
 *     `afterApply` even when applying threw halfway, so what Yjs integrated is judged too.
 */
