/**
 * Snapshots (momentopnamen) of a board: its content and control documents as they were, with a
 * name, author, time, werkvorm and a thumbnail: the one the client rendered, or else one the
 * server draws (`boardThumbnail`: automatic snapshots, restore backups). Stored once, never changed;
 * restoring one first saves the board as it is ("Voor herstel van …"), so a restore is undone by
 * restoring that. Deleting a board (AVG) also goes through here: connections first, then storage.
 */
import { randomBytes } from 'node:crypto';
import {
  BoardKey,
  CONTROL_BOARD,
  contentRoom,
  controlRoom,
  DEFAULT_TIME_ZONE,
  formatDateTime,
  SNAPSHOT_NAME_MAX_LENGTH,
  type SnapshotInfo,
  SnapshotKind,
} from '@werkbord/shared';
import * as Y from 'yjs';
import type { DocumentReader } from '../../boards/DocumentReader.js';
import { type BoardHarvest, harvestOfDocuments, isAnonymous } from '../../boards/harvest.js';
import type { Logger } from '../../log.js';
import type { BoardRecord, SnapshotRecord, Storage } from '../../storage/Storage.js';
import { autoSnapshotsToThin } from './autoSnapshots.js';
import { boardThumbnail } from './boardThumbnail.js';

/** What the relay does for snapshots: live writes and closing connections. */
export interface SnapshotRelay {
  restore(
    boardId: string,
    snapshot: { content: Uint8Array; control: Uint8Array },
  ): Promise<{ content: Uint8Array; control: Uint8Array }>;
  evictBoard(boardId: string): Promise<void>;
}

export interface NewSnapshot {
  name: string;
  author: string | null;
  kind: SnapshotKind;
  /** PNG bytes; `null`: the server draws one. */
  thumbnail: Uint8Array | null;
}

export class SnapshotService {
  readonly #storage: Storage;
  readonly #documents: DocumentReader;
  readonly #relay: SnapshotRelay;
  readonly #log: Logger | undefined;

  constructor(storage: Storage, documents: DocumentReader, relay: SnapshotRelay, log?: Logger) {
    this.#storage = storage;
    this.#documents = documents;
    this.#relay = relay;
    this.#log = log;
  }

  /** Saves the board's current documents. */
  async create(board: BoardRecord, snapshot: NewSnapshot): Promise<SnapshotInfo> {
    const [content, control] = await Promise.all([
      this.#documents.read(contentRoom(board.boardId)),
      this.#documents.read(controlRoom(board.boardId)),
    ]);
    try {
      return await this.#store(board, snapshot, {
        content: Y.encodeStateAsUpdate(content),
        control: Y.encodeStateAsUpdate(control),
      });
    } finally {
      content.destroy();
      control.destroy();
    }
  }

  list(boardId: string): Promise<SnapshotInfo[]> {
    return this.#storage.listSnapshots(boardId);
  }

  get(boardId: string, snapshotId: string): Promise<SnapshotRecord | null> {
    return this.#storage.getSnapshot(boardId, snapshotId);
  }

  delete(boardId: string, snapshotId: string): Promise<boolean> {
    return this.#storage.deleteSnapshot(boardId, snapshotId);
  }

  /**
   * Makes the live board equal to the snapshot; `null` when there is no such snapshot. The live
   * state is taken in the same step as the restore, so the backup is exactly what it replaced.
   */
  async restore(
    board: BoardRecord,
    snapshotId: string,
  ): Promise<{ restored: string; backup: SnapshotInfo } | null> {
    const snapshot = await this.#storage.getSnapshot(board.boardId, snapshotId);
    if (snapshot === null) return null;
    const before = await this.#relay.restore(board.boardId, snapshot);
    const name = `Voor herstel van "${snapshot.info.name}"`;
    const backup = await this.#store(
      board,
      {
        name: [...name].slice(0, SNAPSHOT_NAME_MAX_LENGTH).join(''),
        author: null,
        kind: SnapshotKind.Restore,
        thumbnail: null,
      },
      before,
    );
    return { restored: snapshotId, backup };
  }

  /**
   * The harvest of a snapshot, `null` when there is no such snapshot. While the board is written
   * anonymously, a snapshot from before names no author either.
   */
  async harvest(board: BoardRecord, snapshotId: string): Promise<BoardHarvest | null> {
    const snapshot = await this.#storage.getSnapshot(board.boardId, snapshotId);
    if (snapshot === null) return null;
    const live = await this.#documents.read(controlRoom(board.boardId));
    const content = new Y.Doc();
    const control = new Y.Doc();
    try {
      Y.applyUpdate(content, snapshot.content);
      Y.applyUpdate(control, snapshot.control);
      return harvestOfDocuments(
        board,
        content,
        control,
        this.#documents.skipped,
        isAnonymous(live),
      );
    } finally {
      content.destroy();
      control.destroy();
      live.destroy();
    }
  }

  /** Saves an automatic snapshot of a board (gone boards are skipped) and thins out old ones. */
  async saveAutomatic(boardId: string, now = new Date()): Promise<void> {
    const board = await this.#storage.getBoard(boardId);
    if (board === null) return;
    // Dutch time, as the harvest's Markdown: the server does not know its readers' zone.
    const time = formatDateTime(now.getTime(), 'nl', DEFAULT_TIME_ZONE);
    await this.create(board, {
      name: `Automatisch, ${time}`,
      author: null,
      kind: SnapshotKind.Auto,
      thumbnail: null,
    });
    const thinned = autoSnapshotsToThin(await this.#storage.listSnapshots(boardId));
    for (const id of thinned) await this.#storage.deleteSnapshot(boardId, id);
  }

  /** AVG: closes the board's connections, then removes every trace of it from storage. */
  async deleteBoard(boardId: string): Promise<void> {
    await this.#relay.evictBoard(boardId);
    await this.#storage.deleteBoard(boardId);
  }

  async #store(
    board: BoardRecord,
    { name, author, kind, thumbnail }: NewSnapshot,
    docs: { content: Uint8Array; control: Uint8Array },
  ): Promise<SnapshotInfo> {
    // Without a picture from a browser the server draws one; a snapshot without is still a snapshot.
    thumbnail ??= await boardThumbnail(board, docs).catch((error: unknown) => {
      this.#log?.warn({ err: error, boardId: board.boardId }, 'snapshot thumbnail failed');
      return null;
    });
    return this.#storage.createSnapshot({
      info: {
        id: randomBytes(12).toString('base64url'),
        name,
        author,
        createdAt: new Date().toISOString(),
        werkvorm: werkvormOf(docs.control) ?? board.werkvorm,
        kind,
        hasThumbnail: thumbnail !== null,
        sizeBytes: 0,
      },
      boardId: board.boardId,
      content: docs.content,
      control: docs.control,
      thumbnail,
    });
  }
}

function werkvormOf(control: Uint8Array): string | null {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, control);
    const werkvorm = doc.getMap<unknown>(CONTROL_BOARD).get(BoardKey.Werkvorm);
    return typeof werkvorm === 'string' ? werkvorm : null;
  } finally {
    doc.destroy();
  }
}
