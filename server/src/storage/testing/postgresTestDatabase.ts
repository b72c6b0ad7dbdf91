/**
 * A fresh PostgreSQL database for one test, on the cluster that the test set-up started
 * (`tests/helpers/postgresGlobalSetup.ts` provides its URL as `postgresUrl`). Test code only;
 * not part of the build.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The superuser's URL of the `postgres` database of the tests' private cluster. */
    postgresUrl: string;
  }
}

export interface TestDatabase {
  /** The new database's URL, for `WERKBORD_DATABASE_URL` or `PostgresStorage`. */
  url: string;
  /** Runs one statement on the new database, as its superuser (for checks). */
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R[]>;
  /** A connection of its own to the new database (end it when done). */
  connect(): Promise<pg.Client>;
  /** Drops the database, closing whatever is still connected to it. */
  drop(): Promise<void>;
}

export async function createTestDatabase(
  clusterUrl: string = inject('postgresUrl'),
): Promise<TestDatabase> {
  const name = `werkbord_test_${randomBytes(6).toString('hex')}`;
  await withClient(clusterUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    query: (text, values) =>
      withClient(url.href, async (client) => (await client.query(text, values)).rows),
    async connect() {
      const client = new pg.Client({ connectionString: url.href });
      await client.connect();
      return client;
    },
    drop: () =>
      withClient(clusterUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      ).then(() => undefined),
  };
}

/**
 * A fresh schema in the cluster's `postgres` database, as the storage's search path: as isolated
 * as a database for the storage's tables, and made in a moment where a database takes most of a
 * second on a busy machine. For the contract suite, which opens one per test.
 */
export async function createTestSchema(
  clusterUrl: string = inject('postgresUrl'),
): Promise<TestDatabase> {
  const name = `werkbord_test_${randomBytes(6).toString('hex')}`;
  await withClient(clusterUrl, (client) => client.query(`CREATE SCHEMA ${name}`));
  const url = new URL(clusterUrl);
  url.searchParams.set('options', `-c search_path=${name}`);
  return {
    url: url.href,
    query: (text, values) =>
      withClient(url.href, async (client) => (await client.query(text, values)).rows),
    async connect() {
      const client = new pg.Client({ connectionString: url.href });
      await client.connect();
      return client;
    },
    drop: () =>
      withClient(clusterUrl, (client) => client.query(`DROP SCHEMA ${name} CASCADE`)).then(
        () => undefined,
      ),
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
