/**
 * Vitest global set-up of the projects whose tests need PostgreSQL: starts one private cluster
 * (`postgresCluster.ts`) and provides its URL as `postgresUrl`; tests make their own database on
 * it (`createTestDatabase`). Projects that run together share the cluster; the last one to finish
 * stops it.
 */
import type { TestProject } from 'vitest/node';
import type {} from '../../server/src/storage/testing/postgresTestDatabase.js';
import { type PostgresCluster, startPostgresCluster } from './postgresCluster.js';

interface Shared {
  cluster: Promise<PostgresCluster>;
  users: number;
}

// Each project loads this module on its own; the main process is one, so the state lives there.
const KEY = Symbol.for('werkbord.tests.postgresCluster');
const global = globalThis as { [KEY]?: Shared };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (global[KEY] ??= { cluster: startPostgresCluster(), users: 0 });
  shared.users++;
  const cluster = await shared.cluster;
  project.provide('postgresUrl', cluster.url);
  return async () => {
    if (--shared.users > 0) return;
    delete global[KEY];
    await cluster.stop();
  };
}
