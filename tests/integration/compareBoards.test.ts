/**
 * Borden vergelijken (`POST /api/compare`): two teams' boards of one werkvorm, for whoever holds
 * a begeleider link of both; the tokens in the body. Cards written by stock y-websocket clients.
 */
import {
  type ApiError,
  cellText,
  type CompareBoardsResponse,
  CONTENT_RECORDS,
  findWerkvorm,
  findZone,
  latestRecordValues,
  type Point,
} from '@werkbord/shared';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { kaartRecord } from '../helpers/records.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterEach(destroyClients);
afterAll(async () => {
  await server.close();
  removeTestDataDirs();
});

const cirkel = findWerkvorm('cirkel-van-invloed')!;
const settingsOf = (...names: string[]) => {
  const result = cirkel.settings.validate({
    thema: 'Werkdruk',
    owners: names.map((name) => ({ id: name.toLowerCase(), name })),
  });
  if (!result.ok) throw new Error('settings');
  return result.value;
};

function inZone(settings: unknown, zoneId: string, step = 0): Point {
  const zone = findZone(cirkel.layout(settings), zoneId);
  if (zone?.kind === 'circle') return { x: zone.cx, y: zone.cy + step * 60 };
  if (zone?.kind === 'ring') {
    return { x: zone.cx + (zone.inner + zone.outer) / 2, y: zone.cy + step * 60 };
  }
  throw new Error(zoneId);
}

/** A cirkel van invloed board with kaarten `[text, zone]`, stored before this returns. */
async function cirkelBoard(title: string, names: string[], cards: [string, string][]) {
  const settings = settingsOf(...names);
  const board = await createBoard(server.httpUrl, title, 'cirkel-van-invloed', settings);
  const writer = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
  writer.doc.transact(() =>
    cards.forEach(([text, zone], i) =>
      writer.records.set(`shape:k${i}`, kaartRecord(`k${i}`, text, inZone(settings, zone, i))),
    ),
  );
  const witness = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
  await waitFor('the cards to be stored', () => witness.records.map.size === cards.length);
  return board;
}

function compare(
  a: TestBoard,
  b: TestBoard,
  tokens = [a.tokens.facilitator, b.tokens.facilitator],
) {
  return fetch(`${server.httpUrl}/api/compare`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      boards: [
        { boardId: a.boardId, token: tokens[0] },
        { boardId: b.boardId, token: tokens[1] },
      ],
    }),
  });
}

describe('comparing two teams’ cirkels van invloed', () => {
  it('sends both boards and what differs between them', async () => {
    const noord = await cirkelBoard(
      'Team Noord',
      ['Anna', 'Bram'],
      [
        ['Werkdruk', 'anna:invloed'],
        ['Roosters', 'bram:invloed'],
        ['Wachtlijsten', 'bram:betrokkenheid'],
      ],
    );
    const zuid = await cirkelBoard(
      'Team Zuid',
      ['Chaimae'],
      [
        ['werkdruk', 'chaimae:betrokkenheid'],
        ['Gemeentebeleid', 'chaimae:betrokkenheid'],
      ],
    );
    const response = await compare(noord, zuid);
    expect(response.status).toBe(200);
    const { boards, comparison } = (await response.json()) as CompareBoardsResponse;

    expect(boards.map((b) => [b.boardId, b.title, b.werkvorm])).toEqual([
      [noord.boardId, 'Team Noord', 'cirkel-van-invloed'],
      [zuid.boardId, 'Team Zuid', 'cirkel-van-invloed'],
    ]);
    // The documents are the boards themselves, to draw them side by side.
    const content = new Y.Doc();
    Y.applyUpdate(content, Buffer.from(boards[1].content, 'base64'));
    const { values } = latestRecordValues(content.getArray(CONTENT_RECORDS).toArray());
    expect(values.size).toBe(2);

    expect(comparison.boards).toEqual([
      { title: 'Team Noord', cards: 3 },
      { title: 'Team Zuid', cards: 2 },
    ]);
    expect(comparison.findings[0]?.text.nl).toBe(
      'In de cirkel van invloed: Team Noord 67 % van de kaarten, Team Zuid 0 %.',
    );
    const flipped = comparison.tables.find((t) => t.id === 'invloed-of-betrokkenheid');
    expect(flipped?.rows.map((row) => row.map((cell) => cellText(cell, 'nl')))).toEqual([
      ['Werkdruk', 'cirkel van invloed (Anna)', 'cirkel van betrokkenheid (Chaimae)'],
    ]);
  });
});

describe('who may compare which boards', () => {
  it('needs a begeleider link of both boards, of one werkvorm, two different ones', async () => {
    const a = await createBoard(server.httpUrl, 'A', 'klaag-en-jubelmuur');
    const b = await createBoard(server.httpUrl, 'B', 'klaag-en-jubelmuur');
    const map = await createBoard(server.httpUrl, 'Kaart', 'stakeholdermap');
    expect((await compare(a, b)).status).toBe(200);

    for (const tokens of [
      [a.tokens.facilitator, b.tokens.participant],
      [a.tokens.viewer, b.tokens.facilitator],
    ]) {
      const refused = await compare(a, b, tokens);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as ApiError).error).toBe('forbidden');
    }
    // Another board's begeleider token opens nothing here.
    const wrong = await compare(a, b, [a.tokens.facilitator, a.tokens.facilitator]);
    expect(wrong.status).toBe(403);
    expect(((await wrong.json()) as ApiError).error).toBe('invalid_token');

    const other = await compare(a, map);
    expect(other.status).toBe(400);
    expect(((await other.json()) as ApiError).error).toBe('different_werkvorm');
    expect((await compare(a, a)).status).toBe(400);
    const unknown = { boardId: 'AAAAAAAAAAAAAAAAAAAAAA', tokens: a.tokens };
    expect((await compare(a, unknown)).status).toBe(404);
    const malformed = await fetch(`${server.httpUrl}/api/compare`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ boards: [{ boardId: a.boardId, token: a.tokens.facilitator }] }),
    });
    expect(malformed.status).toBe(400);
  });
});
