/**
 * `werkbord migrate`'s write side: one board, as another back-end stored it, into PostgreSQL in
 * one transaction, so a board is there whole or not at all and an interrupted copy can simply run
 * again. A board the database already has is left alone: the copy never overwrites.
 */
import type pg from 'pg';
import { insertUpdates } from './postgresSql.js';
import type { BoardExport } from './Storage.js';

/** Resolves `false` when the database has the board already (nothing is written then). */
export async function importBoard(
  db: pg.PoolClient,
  { board, tokens, documents, snapshots }: BoardExport,
): Promise<boolean> {
  const inserted = await db.query(
    `INSERT INTO boards (id, werkvorm, title, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO NOTHING`,
    [board.boardId, board.werkvorm, board.title, board.createdAt],
  );
  if (inserted.rowCount === 0) return false;
  for (const token of tokens) {
    await db.query('INSERT INTO tokens (hash, board_id, role) VALUES ($1, $2, $3)', [
      token.hash,
      board.boardId,
      token.role,
    ]);
  }
  for (const { doc, state, updates } of documents) {
    if (state !== null) {
      // A sequence number of this database below every update that follows the state. [1]
      await db.query(
        `INSERT INTO document_states (doc, state, last_seq, updated_at)
         VALUES ($1, $2, nextval(pg_get_serial_sequence('updates', 'seq')), $3)`,
        [doc, state.data, state.updatedAt],
      );
    }
    await insertUpdates(
      db,
      updates.map((update) => ({ doc, update })),
    );
  }
  for (const { info, content, control, thumbnail } of snapshots) {
    await db.query(
      `INSERT INTO snapshots (id, board_id, name, author, created_at, werkvorm, kind, content,
         control, thumbnail, size) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        info.id,
        board.boardId,
        info.name,
        info.author,
        info.createdAt,
        info.werkvorm,
        info.kind,
        content,
        control,
        thumbnail,
        info.sizeBytes,
      ],
    );
  }
  return true;
}

/*
 * [1] Sequence numbers are the target's own: the source's numbers mean nothing here. The state
 *     takes one from the updates' sequence before its updates are inserted, so they all sort
 *     after it, as they did in the source.
 */
