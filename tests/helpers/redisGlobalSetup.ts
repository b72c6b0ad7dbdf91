/**
 * Vitest global set-up of the projects whose tests need Redis: starts one private `redis-server`
 * (`redisServer.ts`) and provides its URL as `redisUrl`; the last project to finish stops it.
 */
import type { TestProject } from 'vitest/node';
import { type RedisServer, startRedisServer } from './redisServer.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The tests' private Redis, e.g. `redis://127.0.0.1:41234`. */
    redisUrl: string;
  }
}

interface Shared {
  server: Promise<RedisServer>;
  users: number;
}

const KEY = Symbol.for('werkbord.tests.redisServer');
const global = globalThis as { [KEY]?: Shared };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (global[KEY] ??= { server: startRedisServer(), users: 0 });
  shared.users++;
  const server = await shared.server;
  project.provide('redisUrl', server.url);
  return async () => {
    if (--shared.users > 0) return;
    delete global[KEY];
    await server.stop();
  };
}
