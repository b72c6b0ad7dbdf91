/**
 * Anoniem schrijven, enforced by the server, with stock y-websocket clients and the real SQLite
 * file: on an anonymous board a card written with an author is refused (never stored, never
 * relayed) and one without is taken; switching it on later takes the authors off every card on
 * the board and in the private documents, so the stored documents hold none; a momentopname from
 * before brings none back when restored; the harvest (JSON, CSV, Markdown) names nobody.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteStorage } from '@werkbord/server';
import {
  CONTENT_RECORDS,
  contentRoom,
  controlRoom,
  type BoardHarvestResponse,
  latestRecordValues,
  memberIdForKey,
  newMemberKey,
  privateRoom,
  SessionKey,
  type SnapshotInfo,
} from '@werkbord/shared';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { fetchMetrics } from '../helpers/metrics.js';
import { kaartRecord, type TestRecord } from '../helpers/records.js';
import { destroyClients, type SyncClient, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

const servers: TestServer[] = [];
afterEach(() => destroyClients());
afterAll(async () => {
  for (const server of servers) await server.close();
  removeTestDataDirs();
});

async function start(): Promise<TestServer> {
  const server = await startTestServer();
  servers.push(server);
  return server;
}

/** Names nobody else on these boards has, to search the files for. */
const ANNA = 'Anna Verborgenheid';
const BRAM = 'Bram Onzichtbaar';

function card(id: string, text: string, author: string): TestRecord {
  const record = kaartRecord(id, text, { x: 0, y: 0 });
  return { ...record, props: { ...(record.props as object), author } };
}

const authorOf = (client: SyncClient, id: string) =>
  (client.records.get(`shape:${id}`) as { props?: { author?: string } } | undefined)?.props?.author;

/** Every byte of the board's database files (the WAL too, while the server runs). */
function databaseBytes(server: TestServer): string {
  return readdirSync(server.dataDir)
    .filter((name) => name.startsWith('werkbord.db'))
    .map((name) => readFileSync(join(server.dataDir, name)).toString('utf8'))
    .join('');
}

/** A document as SQLite holds it (compacted state and later updates), read by its own storage. */
async function storedRecords(dataDir: string, room: string): Promise<Map<string, unknown>> {
  const storage = new SqliteStorage({ dataDir, synchronous: 'NORMAL' });
  try {
    const stored = await storage.loadDocument(room);
    const doc = new Y.Doc();
    if (stored.state !== null) Y.applyUpdate(doc, stored.state);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    return latestRecordValues(doc.getArray(CONTENT_RECORDS).toArray()).values;
  } finally {
    await storage.close();
  }
}

const authorsIn = (records: Map<string, unknown>) =>
  [...records.values()].map((val) => (val as { props?: { author?: string } }).props?.author);

async function harvestTexts(server: TestServer, board: TestBoard) {
  const base = `${server.httpUrl}/api/boards/${board.boardId}/harvest?t=${board.tokens.viewer}`;
  const json = (await (await fetch(base)).json()) as BoardHarvestResponse;
  const markdown = await (await fetch(`${base}&format=markdown`)).text();
  const csv = await Promise.all(
    json.tables.map(async (_, index) => (await fetch(`${base}&format=csv&table=${index}`)).text()),
  );
  return { json, markdown, csv };
}

describe('anoniem schrijven', () => {
  it('refuses a card with an author on a board made anonymous; none reaches SQLite', async () => {
    const server = await start();
    const board = await createBoard(server.httpUrl, 'Teamdag', 'klaag-en-jubelmuur', undefined, {
      anonymous: true,
    });
    const control = await syncedClient(
      server.syncUrl,
      controlRoom(board.boardId),
      board.tokens.viewer,
    );
    expect(control.board.get(SessionKey.Anonymous)).toBe(true);
    const anna = await syncedClient(
      server.syncUrl,
      contentRoom(board.boardId),
      board.tokens.participant,
    );
    const bram = await syncedClient(
      server.syncUrl,
      contentRoom(board.boardId),
      board.tokens.participant,
    );
    const reader = await syncedClient(
      server.syncUrl,
      contentRoom(board.boardId),
      board.tokens.viewer,
    );

    anna.records.set('shape:named', card('named', 'Te veel overleg', ANNA));
    bram.records.set('shape:plain', card('plain', 'Korte lijnen', ''));
    await waitFor('the card without an author', () => reader.records.has('shape:plain'));
    expect(authorOf(reader, 'plain')).toBe('');
    await waitFor('the refusal', async () => {
      const metrics = await fetchMetrics(server.httpUrl);
      return (metrics.updatesRefusedByReason.author ?? 0) >= 1;
    });
    expect(reader.records.has('shape:named')).toBe(false);
    expect(bram.records.has('shape:named')).toBe(false);
    expect(databaseBytes(server)).not.toContain(ANNA);
    expect(authorsIn(await storedRecords(server.dataDir, contentRoom(board.boardId)))).toEqual([
      '',
    ]);

    const { json, markdown, csv } = await harvestTexts(server, board);
    expect(json.anonymous).toBe(true);
    expect(json.authors).toEqual([]);
    expect(markdown).toContain('**Schrijven:** anoniem');
    expect(markdown).not.toContain('Auteur');
    expect(csv.join('\n')).not.toMatch(/auteur/i);
    expect(csv.join('\n')).toContain('Korte lijnen');
  });

  it('takes a card from a writer who had missed the setting, once it took its author off', async () => {
    const server = await start();
    const board = await createBoard(server.httpUrl, 'Teamdag', 'leeg-bord', undefined, {
      anonymous: true,
    });
    const late = await syncedClient(
      server.syncUrl,
      contentRoom(board.boardId),
      board.tokens.participant,
    );
    const reader = await syncedClient(
      server.syncUrl,
      contentRoom(board.boardId),
      board.tokens.viewer,
    );
    late.records.set('shape:x', card('x', 'Net op tijd', ANNA));
    await waitFor('the refusal', async () => {
      const metrics = await fetchMetrics(server.httpUrl);
      return (metrics.updatesRefusedByReason.author ?? 0) >= 1;
    });
    // What Werkbord's client does once it hears the board is anonymous: the same card, no author.
    // The refused entry is gone from its document, so what it sends again holds no name.
    late.records.set('shape:x', card('x', 'Net op tijd', ''));
    late.records.set('shape:y', card('y', 'Daarna', ''));
    await waitFor(
      'both cards',
      () => reader.records.has('shape:y') && reader.records.has('shape:x'),
    );
    expect(authorOf(reader, 'x')).toBe('');
    expect(databaseBytes(server)).not.toContain(ANNA);
  });

  it('takes the authors off the board and the private cards when switched on, for good', async () => {
    const server = await start();
    const board = await createBoard(server.httpUrl, 'Teamdag', 'klaag-en-jubelmuur');
    const begeleider = await syncedClient(
      server.syncUrl,
      controlRoom(board.boardId),
      board.tokens.facilitator,
    );
    const anna = await syncedClient(
      server.syncUrl,
      contentRoom(board.boardId),
      board.tokens.participant,
    );
    const key = newMemberKey();
    const room = privateRoom(board.boardId, await memberIdForKey(key));
    const bramPrivate = await syncedClient(server.syncUrl, room, board.tokens.participant, {
      k: key,
    });
    anna.records.set('shape:a', card('a', 'Wachttijd jeugdhulp', ANNA));
    bramPrivate.records.set('shape:b', card('b', 'Nog geheim', BRAM));
    const before = `${server.httpUrl}/api/boards/${board.boardId}/harvest?t=${board.tokens.viewer}`;
    await waitFor(
      'the named card in the harvest',
      async () =>
        ((await (await fetch(before)).json()) as BoardHarvestResponse).authors?.includes(ANNA) ??
        false,
    );
    // A momentopname with the names, to restore later.
    const saved = await fetch(
      `${server.httpUrl}/api/boards/${board.boardId}/snapshots?t=${board.tokens.facilitator}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Met namen' }),
      },
    );
    const snapshot = (await saved.json()) as SnapshotInfo;

    begeleider.board.set(SessionKey.Anonymous, true);
    await waitFor('the board card without its author', () => authorOf(anna, 'a') === '');
    await waitFor('the private card without its author', () => authorOf(bramPrivate, 'b') === '');
    expect(anna.records.get('shape:a')).toMatchObject({ props: { text: 'Wachttijd jeugdhulp' } });

    const restored = await fetch(
      `${server.httpUrl}/api/boards/${board.boardId}/snapshots/${snapshot.id}/restore?t=${board.tokens.facilitator}`,
      { method: 'POST' },
    );
    expect(restored.status).toBe(200);
    await waitFor('the restored card without its author', async () => {
      const records = await storedRecords(server.dataDir, contentRoom(board.boardId));
      return authorsIn(records).length > 0 && authorsIn(records).every((author) => author === '');
    });
    const { json, markdown, csv } = await harvestTexts(server, board);
    for (const text of [JSON.stringify(json), markdown, ...csv]) {
      expect(text).not.toContain(ANNA);
      expect(text).not.toContain(BRAM);
    }

    // Onthullen brings the private card onto the board without its author.
    const revealed = await fetch(
      `${server.httpUrl}/api/boards/${board.boardId}/reveal?t=${board.tokens.facilitator}`,
      { method: 'POST' },
    );
    expect(revealed.status).toBe(200);
    await waitFor('the revealed card', () => anna.records.has('shape:b'));
    expect(authorOf(anna, 'b')).toBe('');

    // Stopped, the server has compacted every document: the names are gone from the files.
    destroyClients();
    await server.close();
    for (const name of [contentRoom(board.boardId), room]) {
      expect(authorsIn(await storedRecords(server.dataDir, name))).not.toContain(ANNA);
    }
    // Anna's name stays in one place only: the momentopname made before (README says so).
    const files = databaseBytes(server);
    expect(files).toContain('Wachttijd jeugdhulp');
    expect(files).not.toContain(BRAM);
  });
});
