/**
 * The SQL pieces `PostgresStorage` and `postgresImport` share: transactions on a node-postgres
 * pool, multi-row inserts of updates, and name ranges.
 */
import type pg from 'pg';
import type { DocumentUpdate } from './Storage.js';

export type Db = pg.Pool | pg.PoolClient;

/** PostgreSQL takes at most 65,535 parameters in one statement: 2 per update row. */
export const ROWS_PER_INSERT = 1_000;

/**
 * Runs `work` in a transaction on one connection of the pool and commits; rolls back and rejects
 * when `work` or the commit fails. A connection that failed (rather than a statement) is dropped
 * from the pool instead of being handed to the next caller.
 */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  // A connection that dies while checked out says so here as well as to its statement: without a
  // listener, that 'error' event would end the process (the pool listens only to idle ones).
  const onError = () => (broken = true);
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    broken = isConnectionError(error);
    if (!broken) await client.query('ROLLBACK').catch(() => (broken = true));
    throw error;
  } finally {
    client.removeListener('error', onError);
    client.release(broken);
  }
}

/** Errors of SQL statements carry a five-character SQLSTATE; anything else is the connection's. */
function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code !== 'string' || code.length !== 5;
}

/**
 * Inserts the updates, one statement per `ROWS_PER_INSERT` (so more than that need a transaction
 * around them), and resolves with their sequence numbers in the same order.
 */
export async function insertUpdates(db: Db, updates: readonly DocumentUpdate[]): Promise<number[]> {
  const seqs: number[] = [];
  for (let start = 0; start < updates.length; start += ROWS_PER_INSERT) {
    const rows = updates.slice(start, start + ROWS_PER_INSERT).map((u) => [u.doc, u.update]);
    const { rows: inserted } = await db.query<{ seq: string }>(
      `INSERT INTO updates (doc, data) VALUES ${placeholders(rows)} RETURNING seq`,
      rows.flat(),
    );
    // The rows take their numbers in the order of the VALUES list. [1]
    seqs.push(...inserted.map((row) => Number(row.seq)).sort((a, b) => a - b));
  }
  return seqs;
}

/** `($1, $2), ($3, $4), …` for rows of equal length. */
export function placeholders(rows: readonly (readonly unknown[])[]): string {
  let n = 0;
  return rows.map((row) => `(${row.map(() => `$${++n}`).join(', ')})`).join(', ');
}

/**
 * The names that start with `prefix`, as `name >= $1 AND name < $2`: the columns compare bytes
 * (`COLLATE "C"`), and room names are ASCII, so they all sort below the prefix and U+FFFF.
 */
export function nameRange(prefix: string): [string, string] {
  return [prefix, `${prefix}\uffff`];
}

/*
 * [1] A multi-row INSERT takes its BIGSERIAL values row by row in the order of VALUES; RETURNING
 *     is not promised to keep that order, so the numbers are sorted back into it. A room's
 *     batches are written one after another (UpdateWriter), so a later batch has larger numbers.
 */
