/**
 * Automatic snapshots: a board that changed gets one when its last person leaves (its content
 * room unloads) and, while people keep working, at most once every N minutes. Old automatic
 * snapshots are thinned out: the newest `KEEP_NEWEST_AUTO` stay, and of older ones the newest of
 * each day; named and restore snapshots are never thinned.
 */
import { type SnapshotInfo, SnapshotKind } from '@werkbord/shared';
import type { Logger } from '../../log.js';

export const KEEP_NEWEST_AUTO = 10;

/** The automatic snapshots to delete: all but the newest few and the newest of each older day. */
export function autoSnapshotsToThin(snapshots: readonly SnapshotInfo[]): string[] {
  const autos = snapshots
    .filter((snapshot) => snapshot.kind === SnapshotKind.Auto)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const daysKept = new Set<string>();
  const thinned: string[] = [];
  autos.forEach((snapshot, index) => {
    const day = snapshot.createdAt.slice(0, 10);
    if (index < KEEP_NEWEST_AUTO) return void daysKept.add(day);
    if (daysKept.has(day)) thinned.push(snapshot.id);
    else daysKept.add(day);
  });
  return thinned;
}

interface BoardActivity {
  changed: boolean;
  /** When the last automatic snapshot was saved (or activity was first seen). */
  since: number;
  saving: Promise<void> | null;
}

export interface AutoSnapshotterOptions {
  intervalMs: number;
  /** Saves an automatic snapshot of the board and thins out the old ones. */
  save: (boardId: string) => Promise<void>;
  log: Logger;
  now?: () => number;
}

/** Decides when a board gets an automatic snapshot; told about stored changes and idle boards. */
export class AutoSnapshotter {
  readonly #options: AutoSnapshotterOptions;
  readonly #boards = new Map<string, BoardActivity>();
  readonly #now: () => number;

  constructor(options: AutoSnapshotterOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  /** A change of the board's content or control document was stored. */
  changed(boardId: string): void {
    let board = this.#boards.get(boardId);
    if (board === undefined) {
      board = { changed: false, since: this.#now(), saving: null };
      this.#boards.set(boardId, board);
    }
    board.changed = true;
    if (this.#now() - board.since >= this.#options.intervalMs) this.#save(boardId, board);
  }

  /** The last person left (the content room unloaded): a changed board is saved and forgotten. */
  idle(boardId: string): Promise<void> {
    const board = this.#boards.get(boardId);
    if (board === undefined) return Promise.resolve();
    this.#boards.delete(boardId);
    // A save under way may have started before the last changes: save again after it.
    return (board.saving ?? Promise.resolve()).then(() =>
      board.changed ? this.#save(boardId, board) : undefined,
    );
  }

  /** The board was deleted: nothing more is saved for it. */
  forget(boardId: string): void {
    this.#boards.delete(boardId);
  }

  #save(boardId: string, board: BoardActivity): Promise<void> {
    if (board.saving !== null) return board.saving;
    board.changed = false;
    board.since = this.#now();
    board.saving = this.#options
      .save(boardId)
      .catch((error: unknown) =>
        this.#options.log.error({ err: error, boardId }, 'automatic snapshot failed'),
      )
      .finally(() => {
        board.saving = null;
      });
    return board.saving;
  }
}
