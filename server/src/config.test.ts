import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('fills in documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8080,
      host: undefined,
      dataDir: resolve('data'),
      maxMessageBytes: 10 * 1024 * 1024,
      maxMessagesPerSecond: 100,
      messageBurst: 300,
      maxClientsPerRoom: 200,
      maxBytesPerSecond: 1024 * 1024,
      maxPresenceBytes: 8 * 1024,
      maxDocumentBytes: 64 * 1024 * 1024,
      maxBoardBytes: 256 * 1024 * 1024,
      compactAfterUpdates: 500,
      roomUnloadDelayMs: 30_000,
      pingIntervalMs: 30_000,
      autoSnapshotMinutes: 30,
      maxBufferedBytes: 32 * 1024 * 1024,
      sqliteSynchronous: 'NORMAL',
      databaseUrl: null,
      databasePoolSize: 10,
      redisUrl: null,
      internalUrl: null,
      ownerLeaseMs: 10_000,
      clusterSecret: null,
      logLevel: 'info',
      tldrawLicenseKey: null,
      frameAncestors: "'self'",
      trustProxy: 0,
      boardsPerMinute: 2,
      boardBurst: 30,
      failedAccessPerMinute: 6,
      failedAccessBurst: 30,
    });
  });

  it('finds the built client of this repository by default, wherever it is started', () => {
    expect(loadConfig({}).clientDir).toBe(resolve(import.meta.dirname, '../../client/dist'));
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      WERKBORD_DATA_DIR: '/tmp/werkbord-data',
      WERKBORD_CLIENT_DIR: '/srv/client',
      WERKBORD_MAX_MESSAGE_BYTES: '2048',
      WERKBORD_MAX_MESSAGES_PER_SECOND: '5',
      WERKBORD_MAX_BUFFERED_BYTES: '65536',
      WERKBORD_MESSAGE_BURST: '7',
      WERKBORD_MAX_CLIENTS_PER_ROOM: '3',
      WERKBORD_MAX_BYTES_PER_SECOND: '4096',
      WERKBORD_MAX_PRESENCE_BYTES: '512',
      WERKBORD_MAX_DOCUMENT_BYTES: '100000',
      WERKBORD_MAX_BOARD_BYTES: '300000',
      WERKBORD_COMPACT_AFTER_UPDATES: '10',
      WERKBORD_ROOM_UNLOAD_DELAY_MS: '0',
      WERKBORD_PING_INTERVAL_MS: '1000',
      WERKBORD_AUTO_SNAPSHOT_MINUTES: '0',
      WERKBORD_SQLITE_SYNCHRONOUS: 'full',
      WERKBORD_DATABASE_URL: 'postgres://werkbord:geheim@db.example.nl:5432/werkbord',
      WERKBORD_DATABASE_POOL_SIZE: '20',
      WERKBORD_REDIS_URL: 'redis://:geheim@redis.example.nl:6379/2',
      WERKBORD_INTERNAL_URL: 'http://10.0.0.5:8080',
      WERKBORD_OWNER_LEASE_MS: '5000',
      WERKBORD_CLUSTER_SECRET: 'cluster-secret-0123456789',
      LOG_LEVEL: 'silent',
      TLDRAW_LICENSE_KEY: ' key-123 ',
      WERKBORD_FRAME_ANCESTORS: 'self https://intranet.example.nl *.gemeente.nl:8443',
      WERKBORD_TRUST_PROXY: '1',
      WERKBORD_BOARDS_PER_MINUTE: '0',
      WERKBORD_BOARD_BURST: '4',
      WERKBORD_FAILED_ACCESS_PER_MINUTE: '12',
      WERKBORD_FAILED_ACCESS_BURST: '5',
      WERKBORD_METRICS_PORT: '9464',
      WERKBORD_METRICS_HOST: '::1',
      WERKBORD_METRICS_TOKEN: 'metrics-token-0123456789',
    });
    expect(config).toEqual({
      port: 0,
      host: '127.0.0.1',
      dataDir: '/tmp/werkbord-data',
      clientDir: '/srv/client',
      maxMessageBytes: 2048,
      maxMessagesPerSecond: 5,
      maxBufferedBytes: 65536,
      messageBurst: 7,
      maxClientsPerRoom: 3,
      maxBytesPerSecond: 4096,
      maxPresenceBytes: 512,
      maxDocumentBytes: 100_000,
      maxBoardBytes: 300_000,
      compactAfterUpdates: 10,
      roomUnloadDelayMs: 0,
      pingIntervalMs: 1000,
      autoSnapshotMinutes: 0,
      sqliteSynchronous: 'FULL',
      databaseUrl: 'postgres://werkbord:geheim@db.example.nl:5432/werkbord',
      databasePoolSize: 20,
      redisUrl: 'redis://:geheim@redis.example.nl:6379/2',
      internalUrl: 'http://10.0.0.5:8080',
      ownerLeaseMs: 5000,
      clusterSecret: 'cluster-secret-0123456789',
      logLevel: 'silent',
      tldrawLicenseKey: 'key-123',
      frameAncestors: "'self' https://intranet.example.nl *.gemeente.nl:8443",
      trustProxy: 1,
      boardsPerMinute: 0,
      boardBurst: 4,
      failedAccessPerMinute: 12,
      failedAccessBurst: 5,
      metricsPort: 9464,
      metricsHost: '::1',
      metricsToken: 'metrics-token-0123456789',
    });
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', TLDRAW_LICENSE_KEY: '  ' })).toMatchObject({
      port: 8080,
      tldrawLicenseKey: null,
    });
  });

  it.each([
    ['PORT', '80a'],
    ['PORT', '65536'],
    ['PORT', '-1'],
    ['PORT', '1.5'],
    ['WERKBORD_MAX_MESSAGE_BYTES', '10'],
    ['WERKBORD_MAX_MESSAGES_PER_SECOND', '0'],
    ['WERKBORD_MAX_CLIENTS_PER_ROOM', 'many'],
    ['WERKBORD_MAX_PRESENCE_BYTES', '10'],
    ['WERKBORD_MAX_DOCUMENT_BYTES', '1e9'],
    ['WERKBORD_SQLITE_SYNCHRONOUS', 'OFF'],
    ['LOG_LEVEL', 'verbose'],
    ['WERKBORD_FRAME_ANCESTORS', "'self'; script-src *"],
    ['WERKBORD_FRAME_ANCESTORS', "'none' 'self'"],
    ['WERKBORD_FRAME_ANCESTORS', 'https://a.nl,https://b.nl'],
    ['WERKBORD_TRUST_PROXY', 'yes'],
    ['WERKBORD_BOARD_BURST', '0'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it('reads the metrics settings: none by default, a port, a host and a token', () => {
    expect(loadConfig({})).toMatchObject({
      metricsPort: undefined,
      metricsHost: '127.0.0.1',
      metricsToken: null,
    });
    const token = 'x'.repeat(16);
    expect(
      loadConfig({
        WERKBORD_METRICS_PORT: '9464',
        WERKBORD_METRICS_HOST: '0.0.0.0',
        WERKBORD_METRICS_TOKEN: token,
      }),
    ).toMatchObject({ metricsPort: 9464, metricsHost: '0.0.0.0', metricsToken: token });
  });

  it.each([
    ['WERKBORD_METRICS_PORT', '70000'],
    ['WERKBORD_METRICS_TOKEN', 'short'],
    ['WERKBORD_METRICS_TOKEN', 'long enough but has spaces'],
    ['WERKBORD_DATABASE_URL', 'mysql://werkbord:geheim@db/werkbord'],
    ['WERKBORD_DATABASE_URL', 'werkbord:geheim@db/werkbord'],
    ['WERKBORD_DATABASE_POOL_SIZE', '0'],
  ])('refuses %s=%s without repeating a secret', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(name);
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      if (/TOKEN|URL/.test(name)) expect(String(error)).not.toContain('geheim');
      if (name.endsWith('TOKEN')) expect(String(error)).not.toContain(value);
    }
  });

  it('takes postgresql:// as well as postgres://', () => {
    const url = 'postgresql://werkbord@127.0.0.1/werkbord?sslmode=require';
    expect(loadConfig({ WERKBORD_DATABASE_URL: url }).databaseUrl).toBe(url);
  });

  it('refuses a Redis URL without PostgreSQL, saying why, and never repeats its password', () => {
    const load = () => loadConfig({ WERKBORD_REDIS_URL: 'redis://:geheim@redis:6379' });
    expect(load).toThrow(/WERKBORD_REDIS_URL needs WERKBORD_DATABASE_URL/);
    expect(() => load()).not.toThrow(/geheim/);
    expect(() => loadConfig({ WERKBORD_REDIS_URL: 'http://:geheim@redis' })).toThrow(
      /^(?![\s\S]*geheim)[\s\S]*WERKBORD_REDIS_URL must be a Redis URL/,
    );
    expect(() => loadConfig({ WERKBORD_INTERNAL_URL: 'http://10.0.0.5/sub' })).toThrow(
      'WERKBORD_INTERNAL_URL',
    );
  });

  it('lists every invalid variable at once', () => {
    const load = () => loadConfig({ PORT: 'x', LOG_LEVEL: 'loud' });
    expect(load).toThrow(/PORT[\s\S]*LOG_LEVEL/);
  });
});
