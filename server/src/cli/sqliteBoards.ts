/**
 * `werkbord migrate`'s read side: every board of a SQLite database as it is stored (tokens,
 * documents with their compacted states and updates, snapshots), one board at a time, each read
 * in one transaction. Reads only: the source database is not changed, not even migrated.
 */
import type Database from 'better-sqlite3';
import { isRole, type SnapshotKind } from '@werkbord/shared';
import { hasSchemaObject } from '../storage/sqliteMigrations.js';
import type { BoardExport } from '../storage/Storage.js';

interface SnapshotRow {
  id: string;
  name: string;
  author: string | null;
  created_at: string;
  werkvorm: string;
  kind: string;
  content: Buffer;
  control: Buffer;
  thumbnail: Buffer | null;
  size: number;
}

export function boardIds(db: Database.Database): string[] {
  return db
    .prepare<[], { id: string }>('SELECT id FROM boards ORDER BY created_at, id')
    .all()
    .map((row) => row.id);
}

/** One board as stored; `null` when it is gone. */
export function readBoard(db: Database.Database, boardId: string): BoardExport | null {
  // A database of before the snapshots (schema version 1) has no table for them; one of before
  // the update log (version 5) has its updates in `updates` only.
  const hasSnapshots = hasSchemaObject(db, 'table', 'snapshots');
  const updates = hasSchemaObject(db, 'view', 'stored_updates') ? 'stored_updates' : 'updates';
  return db.transaction(() => {
    const board = db
      .prepare<
        [string],
        { id: string; werkvorm: string; title: string; created_at: string }
      >('SELECT id, werkvorm, title, created_at FROM boards WHERE id = ?')
      .get(boardId);
    if (board === undefined) return null;
    const tokens = db
      .prepare<[string], { hash: Buffer; role: string }>(
        'SELECT hash, role FROM tokens WHERE board_id = ? ORDER BY rowid',
      )
      .all(boardId)
      .flatMap(({ hash, role }) => (isRole(role) ? [{ hash, role }] : []));
    // Every document of the board is named `<boardId>` or `<boardId>.…` (see SqliteStorage).
    const range = { from: boardId, to: `${boardId}\uffff` };
    const docs = db
      .prepare<[typeof range], { doc: string }>(
        `SELECT DISTINCT doc FROM ${updates} WHERE doc >= @from AND doc < @to
         UNION SELECT doc FROM document_states WHERE doc >= @from AND doc < @to ORDER BY doc`,
      )
      .all(range)
      .map((row) => row.doc);
    const selectState = db.prepare<
      [string],
      { state: Buffer; last_seq: number; updated_at: string }
    >('SELECT state, last_seq, updated_at FROM document_states WHERE doc = ?');
    const selectUpdates = db.prepare<[string, number], { data: Buffer }>(
      `SELECT data FROM ${updates} WHERE doc = ? AND seq > ? ORDER BY seq`,
    );
    const documents = docs.map((doc) => {
      const state = selectState.get(doc);
      return {
        doc,
        state: state === undefined ? null : { data: state.state, updatedAt: state.updated_at },
        updates: selectUpdates.all(doc, state?.last_seq ?? 0).map((row) => row.data),
      };
    });
    const snapshots = hasSnapshots
      ? db
          .prepare<[string], SnapshotRow>(
            `SELECT id, name, author, created_at, werkvorm, kind, content, control, thumbnail, size
             FROM snapshots WHERE board_id = ? ORDER BY rowid`,
          )
          .all(boardId)
          .map((row) => ({
            info: {
              id: row.id,
              name: row.name,
              author: row.author,
              createdAt: row.created_at,
              werkvorm: row.werkvorm,
              kind: row.kind as SnapshotKind,
              hasThumbnail: row.thumbnail !== null,
              sizeBytes: row.size,
            },
            boardId,
            content: row.content,
            control: row.control,
            thumbnail: row.thumbnail,
          }))
      : [];
    return {
      board: {
        boardId: board.id,
        werkvorm: board.werkvorm,
        title: board.title,
        createdAt: board.created_at,
      },
      tokens,
      documents,
      snapshots,
    };
  })();
}
