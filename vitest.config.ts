import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Workspace packages are resolved to their TypeScript sources (the "source" export condition),
// so tests never run against a stale build.
const conditions = ['source', ...defaultServerConditions];
const POSTGRES_SETUP = 'tests/helpers/postgresGlobalSetup.ts';
const REDIS_SETUP = 'tests/helpers/redisGlobalSetup.ts';

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'shared/src/**/*.test.ts',
            'server/src/**/*.test.ts',
            'client/src/**/*.test.ts',
          ],
          environment: 'node',
          // A private PostgreSQL cluster for the storage contract suite (server/src/storage).
          globalSetup: [POSTGRES_SETUP],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // Every answer a test fetches is checked against the OpenAPI document.
          setupFiles: ['tests/helpers/openApiFetch.ts'],
          globalSetup: [POSTGRES_SETUP],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          // The shipped deployment files against the built server (after `pnpm build`).
          name: 'deploy',
          include: ['tests/deploy/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          // Several built server processes (after `pnpm build`) on one PostgreSQL and one Redis.
          name: 'cluster',
          include: ['tests/cluster/**/*.test.ts'],
          environment: 'node',
          globalSetup: [POSTGRES_SETUP, REDIS_SETUP],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Three servers per file, and Chromium in one: one file at a time on two cores.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
