/**
 * What an IT department's monitoring reads: `/metrics` in Prometheus' text format (the relay's
 * counters with labels, and the process's own), who may read it (loopback only by default, a
 * bearer token, a port of its own), and `/readyz`, which asks the real database.
 */
import { get } from 'node:http';
import { SqliteStorage, type Storage } from '@werkbord/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard } from '../helpers/boards.js';
import { fetchMetrics, fetchMetricsText } from '../helpers/metrics.js';
import { parsePrometheus, sampleValue } from '../helpers/prometheus.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';

const TOKEN = 'metrics-token-0123456789abcdef';
const servers: TestServer[] = [];
const start = async (...args: Parameters<typeof startTestServer>) => {
  const server = await startTestServer(...args);
  servers.push(server);
  return server;
};

function statusOf(url: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    get(url, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    }).on('error', reject);
  });
}

afterAll(async () => {
  destroyClients();
  await Promise.all(servers.map((server) => server.close()));
  removeTestDataDirs();
});

describe('GET /metrics', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await start();
  });

  it('is Prometheus text: the relay counters with labels, and the process', async () => {
    const board = await createBoard(server.httpUrl, 'Monitoring');
    await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    const response = await fetch(`${server.httpUrl}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('# TYPE werkbord_updates_refused_total counter');
    expect(text).toContain('# TYPE werkbord_connections gauge');
    const samples = parsePrometheus(text);
    // Every reason the relay and its extensions declare is a series from the start.
    for (const reason of ['role', 'cost', 'board-locked', 'card-locked', 'votes']) {
      expect(sampleValue(samples, 'werkbord_updates_refused_total', { reason })).toBe(0);
    }
    for (const reason of ['size', 'depth', 'foreign', 'ids', 'rate', 'query']) {
      expect(sampleValue(samples, 'werkbord_presence_refused_total', { reason })).toBeDefined();
    }
    expect(sampleValue(samples, 'werkbord_connections', { role: 'participant' })).toBe(1);
    expect(sampleValue(samples, 'werkbord_connections', { role: 'viewer' })).toBe(0);
    expect(sampleValue(samples, 'werkbord_rooms_loaded')).toBeGreaterThan(0);
    expect(sampleValue(samples, 'werkbord_messages_received_total')).toBeGreaterThan(0);
    // prom-client's process metrics: memory, heap, event-loop lag.
    for (const name of [
      'process_resident_memory_bytes',
      'process_cpu_seconds_total',
      'nodejs_heap_size_used_bytes',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(sampleValue(samples, name), name).toBeGreaterThanOrEqual(0);
    }
  });

  it('answers no request that a proxy forwarded, even from loopback', async () => {
    for (const header of ['X-Forwarded-For', 'Forwarded', 'X-Real-IP']) {
      const response = await fetch(`${server.httpUrl}/metrics`, {
        headers: { [header]: '203.0.113.7' },
      });
      expect(response.status, header).toBe(403);
      expect(await response.json()).toMatchObject({ error: 'forbidden' });
    }
  });
});

describe('WERKBORD_METRICS_TOKEN', () => {
  it('asks every scrape for the bearer token', async () => {
    const server = await start({ WERKBORD_METRICS_TOKEN: TOKEN });
    const url = `${server.httpUrl}/metrics`;
    const missing = await fetch(url);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await missing.json()).toMatchObject({ error: 'unauthorized' });
    const wrong = await fetch(url, { headers: { Authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(401);
    await wrong.body?.cancel();
    // With the token a proxied scrape is fine: the token is the protection.
    const headers = { Authorization: `Bearer ${TOKEN}`, 'X-Forwarded-For': '203.0.113.7' };
    expect((await fetchMetrics(server.httpUrl, { headers })).roomsLoaded).toBe(0);
  });
});

describe('WERKBORD_METRICS_PORT', () => {
  it('serves /metrics on its own listener only', async () => {
    const server = await start({ WERKBORD_METRICS_PORT: '0' });
    expect(server.metricsUrl).toBeDefined();
    const onPublic = await fetch(`${server.httpUrl}/metrics`);
    expect(onPublic.status).toBe(404);
    await onPublic.body?.cancel();
    const text = await fetchMetricsText(`${server.metricsUrl}/metrics`, {
      headers: { 'X-Forwarded-For': '203.0.113.7' },
    });
    expect(text).toContain('werkbord_rooms_loaded 0');
    // The metrics listener has nothing else: not the API, not the boards. (Asked with node:http,
    // not `fetch`: the OpenAPI document describes the public listener, not this one.)
    for (const path of ['/healthz', '/api/config', '/']) {
      expect(await statusOf(`${server.metricsUrl}${path}`), path).toBe(404);
    }
  });

  it('asks for the token there too when both are set', async () => {
    const server = await start({ WERKBORD_METRICS_PORT: '0', WERKBORD_METRICS_TOKEN: TOKEN });
    const missing = await fetch(`${server.metricsUrl}/metrics`);
    expect(missing.status).toBe(401);
    await missing.body?.cancel();
    const headers = { Authorization: `Bearer ${TOKEN}` };
    expect(await fetchMetricsText(`${server.metricsUrl}/metrics`, { headers })).toContain(
      'werkbord_compactions_total',
    );
  });
});

describe('GET /readyz', () => {
  it('is ready while the database answers, and says which check fails when it does not', async () => {
    let storage: Storage | undefined;
    const logLines: string[] = [];
    const server = await start(
      {},
      {
        storage: (config) =>
          (storage = new SqliteStorage({ dataDir: config.dataDir, synchronous: 'NORMAL' })),
        logLines,
      },
    );
    const ready = await fetch(`${server.httpUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'ok' } });

    await storage?.close(); // the database goes away under the running server
    const unready = await fetch(`${server.httpUrl}/readyz`);
    expect(unready.status).toBe(503);
    expect(await unready.json()).toEqual({ status: 'unavailable', checks: { database: 'failed' } });
    // Alive all the same: a restart would not bring the database back.
    expect((await fetch(`${server.httpUrl}/healthz`)).status).toBe(200);
    expect(logLines.join('\n')).toContain('readiness check failed');
  });
});
