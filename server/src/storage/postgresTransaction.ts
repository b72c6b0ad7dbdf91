/** Transactions on a node-postgres pool: one connection from BEGIN to COMMIT or ROLLBACK. */
import type pg from 'pg';

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
    client.release(broken);
  }
}

/** Errors of SQL statements carry a five-character SQLSTATE; anything else is the connection's. */
function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code !== 'string' || code.length !== 5;
}
