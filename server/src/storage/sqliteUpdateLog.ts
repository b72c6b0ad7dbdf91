/**
 * Where SQLite writes document updates: first to `update_log`, a table with the sequence number
 * as its only key, then, about once a second, into `updates`, which is indexed by document for
 * loading and compaction. Readers see both tables as one, through the view `stored_updates`
 * (migration 5).
 *
 * Why: a commit writes every page it changed to the WAL, and the checkpointer copies each page
 * again. An update inserted into `updates` changed a page of the document index (a different one
 * for nearly every board) and the AUTOINCREMENT counter's page, so a commit of three updates
 * wrote about five pages. Rows appended to the log share its last page; moving a second's rows
 * at once changes each index page once per second. [1]
 *
 * Rows leave the log only by moving into `updates`, whose AUTOINCREMENT record then keeps the
 * highest number moved: the next number is one above that or above the log's newest row, so a
 * number is never given out twice, not even after compaction removed the rows. [2]
 */
import type Database from 'better-sqlite3';
import type { Logger } from '../log.js';

/** How often the log is moved into `updates`. */
export const FOLD_INTERVAL_MS = 1_000;
/** A log this long is moved at the next turn already: a move holds the event loop. [3] */
export const FOLD_AT_ROWS = 2_000;

export interface LoggedUpdate {
  doc: string;
  data: Buffer;
}

export class SqliteUpdateLog {
  readonly #append: Database.Statement<[string, Buffer]>;
  readonly #fold: () => void;
  readonly #log: Logger | undefined;
  readonly #timer: NodeJS.Timeout;
  /** Rows appended since the last move (some may have been rolled back). */
  #rows = 0;
  #moveSoon: NodeJS.Immediate | null = null;

  constructor(db: Database.Database, log?: Logger, intervalMs = FOLD_INTERVAL_MS) {
    // One above the log's newest row, or, in an empty log, above the highest number moved. [2]
    this.#append = db.prepare(
      `INSERT INTO update_log (seq, doc, data) VALUES (coalesce(
         (SELECT max(seq) FROM update_log),
         (SELECT seq FROM sqlite_sequence WHERE name = 'updates'), 0) + 1, ?, ?)`,
    );
    const moveIn = db.prepare(
      'INSERT INTO updates (seq, doc, data) SELECT seq, doc, data FROM update_log ORDER BY seq',
    );
    const empty = db.prepare('DELETE FROM update_log');
    this.#fold = db.transaction(() => {
      moveIn.run();
      empty.run();
    });
    this.#log = log;
    this.#tryFold(); // what an earlier process logged before it stopped
    // Unref'd: the rows are durable in the log already; moving them can wait for the next start.
    this.#timer = setInterval(() => this.#tryFold(), intervalMs).unref();
  }

  /** Appends updates in the caller's transaction; returns their sequence numbers, in order. */
  append(updates: readonly LoggedUpdate[]): number[] {
    const seqs = updates.map(({ doc, data }) =>
      Number(this.#append.run(doc, data).lastInsertRowid),
    );
    this.#rows += updates.length;
    if (this.#rows >= FOLD_AT_ROWS && this.#moveSoon === null) {
      this.#moveSoon = setImmediate(() => this.#tryFold());
    }
    return seqs;
  }

  /**
   * Moves every logged update into `updates`, in one transaction (a savepoint of the caller's,
   * if it has one). Anything that deletes updates folds first, in its own transaction. [2]
   */
  fold(): void {
    this.#fold();
    this.#rows = 0;
  }

  /** Stops the timer and moves what is left, so a closed database normally has an empty log. */
  stop(): void {
    clearInterval(this.#timer);
    if (this.#moveSoon !== null) clearImmediate(this.#moveSoon);
    this.#tryFold();
  }

  #tryFold(): void {
    this.#moveSoon = null;
    try {
      this.fold();
    } catch (error) {
      // The rows stay in the log, where readers see them; the next turn (or start) tries again.
      this.#log?.warn({ err: error }, 'moving the SQLite update log failed; retrying');
    }
  }
}

/*
 * [1] Measured on `SqliteStorage` alone (500 boards, 3 updates per commit, a compaction every
 *     1,500 updates; process CPU, the checkpointer's thread included), 3 runs each: 24–25 µs per
 *     update straight into `updates`, 15–16 µs through this log; 18–19 µs through a log numbered
 *     by AUTOINCREMENT, whose counter's page is written in every commit. In alternating
 *     relay-bench runs (500 × 3 at 1 update/s), the server's CPU per update went from 252 to
 *     239 µs (3 runs each) and from 225 to 213 µs (4 runs each), medians.
 * [2] The numbers come from the database, inside the writing transaction, so two processes
 *     writing one file (the owner-fence tests do) never get the same one. Deleting log rows
 *     other than by moving them could lower the highest number below a compacted state's
 *     `last_seq`, and a later update with a number below it would be skipped when loading.
 * [3] Measured like [1], moving every K rows instead: K = 250, 22–24 µs per update (straight
 *     into `updates`: 24 µs) and the longest move 6–11 ms; K = 1,500 (a second at 500 boards ×
 *     3 people), 14 µs and 13–17 ms; K = 3,000, 11–13 µs and up to 20 ms. Smaller moves share
 *     fewer index pages. Once a second, or every 2,000 rows at higher rates, keeps both bounded.
 */
