import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteStorage } from '@werkbord/server';
import {
  CURRENT_LAYOUT_VERSION,
  type ApiError,
  BOARD_ID_PATTERN,
  type BoardInfo,
  controlRoom,
  type CreateBoardResponse,
  findWerkvorm,
  TITLE_MAX_LENGTH,
} from '@werkbord/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, tokenOf } from '../helpers/boards.js';
import { fetchMetrics } from '../helpers/metrics.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ TLDRAW_LICENSE_KEY: 'test-licentie' });
});
afterAll(async () => {
  await server.close();
  removeTestDataDirs();
});

function post(body: unknown, contentType = 'application/json'): Promise<Response> {
  return fetch(`${server.httpUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function expectError(response: Response, status: number, error: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as ApiError;
  expect(body.error).toBe(error);
  expect(body.message.length).toBeGreaterThan(10);
}

describe('POST /api/boards', () => {
  it('creates a board: 201 with an id and three distinct links', async () => {
    const response = await post({ werkvorm: 'leeg-bord', title: '  Retrospectief  ' });
    expect(response.status).toBe(201);
    const body = (await response.json()) as CreateBoardResponse;
    expect(Object.keys(body).sort()).toEqual(['boardId', 'links']);
    expect(body.boardId).toMatch(BOARD_ID_PATTERN);
    const links = [body.links.facilitator, body.links.participant, body.links.viewer];
    for (const link of links) {
      expect(link).toMatch(new RegExp(`^/b/${body.boardId}\\?t=[A-Za-z0-9_-]{22,}$`));
    }
    expect(new Set(links.map(tokenOf)).size).toBe(3);
    const info = await fetch(
      `${server.httpUrl}/api/boards/${body.boardId}?t=${tokenOf(links[0] ?? '')}`,
    );
    expect(((await info.json()) as BoardInfo).title).toBe('Retrospectief');
  });

  it('gives every board a different id', async () => {
    const ids = await Promise.all(
      [1, 2, 3].map(async () => (await createBoard(server.httpUrl)).boardId),
    );
    expect(new Set(ids).size).toBe(3);
  });

  it.each([
    ['an unknown werkvorm', { werkvorm: 'bestaat-niet', title: 'x' }, 'unknown_werkvorm'],
    ['a missing werkvorm', { title: 'x' }, 'unknown_werkvorm'],
    ['an empty title', { werkvorm: 'leeg-bord', title: '   ' }, 'invalid_title'],
    ['a missing title', { werkvorm: 'leeg-bord' }, 'invalid_title'],
    ['a title that is not text', { werkvorm: 'leeg-bord', title: 42 }, 'invalid_title'],
    [
      'a title that is too long',
      { werkvorm: 'leeg-bord', title: 'x'.repeat(TITLE_MAX_LENGTH + 1) },
      'invalid_title',
    ],
    ['an array', [], 'bad_request'],
    ['broken JSON', '{"werkvorm": ', 'invalid_json'],
  ])('refuses %s with 400 and a Dutch message', async (_name, body, error) => {
    await expectError(await post(body), 400, error);
  });

  it('accepts a title of exactly the maximum length', async () => {
    const response = await post({ werkvorm: 'leeg-bord', title: 'é'.repeat(TITLE_MAX_LENGTH) });
    expect(response.status).toBe(201);
  });

  it('refuses a body that is not JSON (415) or too large (413)', async () => {
    await expectError(
      await post('werkvorm=leeg-bord', 'application/x-www-form-urlencoded'),
      415,
      'unsupported_media_type',
    );
    await expectError(
      await post({ werkvorm: 'leeg-bord', title: 'x', pad: 'x'.repeat(20_000) }),
      413,
      'payload_too_large',
    );
  });
});

describe('POST /api/boards with settings', () => {
  /** A server whose storage counts the boards it creates. */
  let counted: TestServer;
  let created = 0;

  beforeAll(async () => {
    counted = await startTestServer(
      {},
      {
        storage: (config) =>
          new (class extends SqliteStorage {
            override createBoard(...args: Parameters<SqliteStorage['createBoard']>) {
              created++;
              return super.createBoard(...args);
            }
          })({ dataDir: config.dataDir, synchronous: config.sqliteSynchronous }),
      },
    );
  });
  afterAll(async () => {
    destroyClients();
    await counted.close();
  });

  const postTo = (body: unknown) =>
    fetch(`${counted.httpUrl}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  async function controlOf(body: CreateBoardResponse): Promise<Record<string, unknown>> {
    const control = await syncedClient(
      counted.syncUrl,
      controlRoom(body.boardId),
      tokenOf(body.links.viewer),
    );
    const state = control.board.toJSON();
    control.destroy();
    return state;
  }

  it('stores the validated settings and step 0 in the control document', async () => {
    const settings = {
      period: { from: { year: 2018, month: 9 }, to: { year: 2024 } },
      purpose: 'volgende-fase',
      thema: 'Op weg naar 2030',
    };
    const response = await postTo({ werkvorm: 'historielijn', title: 'Geschiedenis', settings });
    expect(response.status).toBe(201);
    expect(await controlOf((await response.json()) as CreateBoardResponse)).toEqual({
      werkvorm: 'historielijn',
      title: 'Geschiedenis',
      createdAt: expect.any(String),
      // What the werkvorm's validation returns: the month left out reads as `null`, and a new
      // board gets the current layout generation.
      settings: {
        period: { from: { year: 2018, month: 9 }, to: { year: 2024, month: null } },
        purpose: 'volgende-fase',
        thema: 'Op weg naar 2030',
        layoutVersion: CURRENT_LAYOUT_VERSION,
      },
      step: 0,
    });
  });

  it("stores the werkvorm's defaults when the settings are left out", async () => {
    for (const werkvorm of ['stakeholdermap', 'cirkel-van-invloed', 'leeg-bord']) {
      const response = await postTo({ werkvorm, title: 'Standaard' });
      expect(response.status).toBe(201);
      const control = await controlOf((await response.json()) as CreateBoardResponse);
      expect(control.settings).toEqual(findWerkvorm(werkvorm)?.settings.defaults());
      expect(control.step).toBe(0);
    }
  });

  it('refuses settings the werkvorm refuses: 400 with every field in Dutch and English, nothing created', async () => {
    const before = created;
    const response = await postTo({
      werkvorm: 'stakeholdermap',
      title: 'Te veel ringen',
      settings: { initiative: 'x'.repeat(500), rings: 7, thema: '' },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ApiError;
    expect(body.error).toBe('invalid_settings');
    expect(body.message).toMatch(/^De instellingen kloppen niet\. .*ringen/);
    expect(body.fields?.map((field) => field.field).sort()).toEqual(['initiative', 'rings']);
    for (const field of body.fields ?? []) {
      expect(field.message.nl.length).toBeGreaterThan(5);
      expect(field.message.en.length).toBeGreaterThan(5);
    }
    const notAnObject = await postTo({ werkvorm: 'cirkel-van-invloed', title: 'x', settings: 3 });
    expect(notAnObject.status).toBe(400);
    expect(((await notAnObject.json()) as ApiError).error).toBe('invalid_settings');
    expect(created).toBe(before);
  });
});

describe('GET /api/boards/<id>', () => {
  it('tells each link its own role', async () => {
    const board = await createBoard(server.httpUrl, 'Rollen');
    for (const role of ['facilitator', 'participant', 'viewer'] as const) {
      const response = await fetch(
        `${server.httpUrl}/api/boards/${board.boardId}?t=${board.tokens[role]}`,
      );
      expect(response.status).toBe(200);
      const info = (await response.json()) as BoardInfo;
      expect(info).toEqual({
        boardId: board.boardId,
        title: 'Rollen',
        werkvorm: 'leeg-bord',
        createdAt: expect.any(String),
        role,
      });
      expect(Date.parse(info.createdAt)).not.toBeNaN();
    }
  });

  it('answers a wrong or missing token with 403', async () => {
    const board = await createBoard(server.httpUrl);
    const other = await createBoard(server.httpUrl);
    const url = `${server.httpUrl}/api/boards/${board.boardId}`;
    await expectError(await fetch(`${url}?t=${other.tokens.facilitator}`), 403, 'invalid_token');
    await expectError(await fetch(`${url}?t=kort`), 403, 'invalid_token');
    await expectError(await fetch(url), 403, 'missing_token');
  });

  it('answers an unknown or malformed board id with 404', async () => {
    const board = await createBoard(server.httpUrl);
    const t = board.tokens.facilitator;
    await expectError(
      await fetch(`${server.httpUrl}/api/boards/AbCdEfGhIjKlMnOpQrSt_-?t=${t}`),
      404,
      'not_found',
    );
    await expectError(
      await fetch(`${server.httpUrl}/api/boards/..%2Fetc?t=${t}`),
      404,
      'not_found',
    );
  });
});

describe('other routes', () => {
  it('GET /api/config hands the tldraw license key to the client', async () => {
    const response = await fetch(`${server.httpUrl}/api/config`);
    expect(await response.json()).toEqual({ tldrawLicenseKey: 'test-licentie' });
  });

  it('GET /healthz answers ok', async () => {
    const response = await fetch(`${server.httpUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /metrics counts rooms, connections, messages and stored updates', async () => {
    const board = await createBoard(server.httpUrl);
    const client = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    client.records.set('counted', { ok: true });
    await waitFor('the update to be counted', async () => {
      return (await fetchMetrics(server.httpUrl)).updatesStored === 1;
    });
    const metrics = await fetchMetrics(server.httpUrl);
    // The content room loads its control room with it (the lock lives there).
    expect(metrics).toMatchObject({ roomsLoaded: 2, connections: 1, updatesStored: 1 });
    expect(metrics.messagesIn).toBeGreaterThanOrEqual(3);
    expect(metrics.messagesOut).toBeGreaterThanOrEqual(2);
    client.destroy();
  });

  it('unknown API routes and methods get JSON errors', async () => {
    await expectError(await fetch(`${server.httpUrl}/api/nergens`), 404, 'not_found');
    await expectError(
      await fetch(`${server.httpUrl}/api/boards`, { method: 'DELETE' }),
      405,
      'method_not_allowed',
    );
  });

  it('without a built client, the app routes explain what is missing instead of failing', async () => {
    const response = await fetch(`${server.httpUrl}/b/AbCdEfGhIjKlMnOpQrSt_-`);
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/niet gebouwd/);
  });
});

describe('the built client', () => {
  let app: TestServer;
  let clientDir: string;

  beforeAll(async () => {
    clientDir = join(server.dataDir, 'client');
    mkdirSync(join(clientDir, 'assets'), { recursive: true });
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Werkbord</title>');
    writeFileSync(join(clientDir, 'assets', 'index-AbC123xy.js'), 'console.log(1)');
    app = await startTestServer({ WERKBORD_CLIENT_DIR: clientDir });
  });
  afterAll(() => app.close());

  it('serves index.html for / and every board page, revalidated on each load', async () => {
    for (const path of ['/', '/b/AbCdEfGhIjKlMnOpQrSt_-', '/b/AbCdEfGhIjKlMnOpQrSt_-?t=abc']) {
      const response = await fetch(`${app.httpUrl}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>Werkbord</title>');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('caches hashed assets forever', async () => {
    const response = await fetch(`${app.httpUrl}/assets/index-AbC123xy.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('answers other unknown paths with 404, not with the app', async () => {
    expect((await fetch(`${app.httpUrl}/bestaat/niet`)).status).toBe(404);
    expect((await fetch(`${app.httpUrl}/assets/weg.js`)).status).toBe(404);
  });

  it('keeps running when a served file disappears (a rebuild while serving)', async () => {
    const file = join(clientDir, 'assets', 'gone-Zz9.js');
    writeFileSync(file, 'console.log(2)');
    // A fresh server lists the new file; then it is removed behind its back.
    const fresh = await startTestServer({ WERKBORD_CLIENT_DIR: clientDir });
    try {
      rmSync(file);
      expect((await fetch(`${fresh.httpUrl}/assets/gone-Zz9.js`)).status).toBe(404);
      expect((await fetch(`${fresh.httpUrl}/assets/index-AbC123xy.js`)).status).toBe(200);
    } finally {
      await fresh.close();
    }
  });
});
