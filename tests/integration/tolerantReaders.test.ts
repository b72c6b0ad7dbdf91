/**
 * Readers of shared data skip what they cannot read. A deelnemer's browser can write anything
 * into the board's `records` array; the oogst (JSON, Markdown, CSV), a momentopname of the board,
 * its oogst and restoring it must keep answering for every role, with the readable cards.
 */
import { CONTENT_RECORDS, type BoardHarvestResponse, type SnapshotInfo } from '@werkbord/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBoard } from '../helpers/boards.js';
import { fetchMetrics } from '../helpers/metrics.js';
import { kaartRecord } from '../helpers/records.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

let server: TestServer;
const serverLog: string[] = [];

beforeAll(async () => {
  server = await startTestServer({}, { logLines: serverLog });
});
afterEach(destroyClients);
afterAll(async () => {
  await server.close();
  removeTestDataDirs();
});

/** What a hostile or broken browser can put into the records array, next to honest entries. */
const MALFORMED: unknown[] = [
  null,
  17,
  'tekst',
  [1, 2],
  { key: 5, val: {} },
  { key: 'shape:zonder-waarde' },
  { key: 'shape:null', val: null },
  { key: 'shape:raar', val: { typeName: 'shape', id: 'shape:raar', props: null, x: 'links' } },
];

describe('malformed records', () => {
  it('leave the oogst, its downloads and momentopnamen readable for every role', async () => {
    const board = await createBoard(server.httpUrl, 'Bord met rommel');
    const writer = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    const observer = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    const goed = kaartRecord('goed', 'Een leesbare kaart');
    writer.doc
      .getArray<unknown>(CONTENT_RECORDS)
      .push([...MALFORMED, { key: goed.id, val: goed }, null]);
    const expected = MALFORMED.length + 2;
    await waitFor('the server to store every element', () => {
      return observer.doc.getArray(CONTENT_RECORDS).length === expected;
    });

    const base = `${server.httpUrl}/api/boards/${board.boardId}`;
    for (const token of Object.values(board.tokens)) {
      const json = await fetch(`${base}/harvest?t=${token}`);
      expect(json.status).toBe(200);
      const harvest = (await json.json()) as BoardHarvestResponse;
      expect(JSON.stringify(harvest.tables)).toContain('Een leesbare kaart');
      const markdown = await fetch(`${base}/harvest.md?t=${token}`);
      expect(markdown.status).toBe(200);
      expect(await markdown.text()).toContain('Een leesbare kaart');
      expect((await fetch(`${base}/harvest.csv?t=${token}&table=0`)).status).toBe(200);
    }

    const facilitator = board.tokens.facilitator;
    const created = await fetch(`${base}/snapshots?t=${facilitator}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Met rommel' }),
    });
    expect(created.status).toBe(201);
    const snapshot = (await created.json()) as SnapshotInfo;
    const snapshotHarvest = await fetch(
      `${base}/snapshots/${snapshot.id}/harvest?t=${facilitator}`,
    );
    expect(snapshotHarvest.status).toBe(200);
    expect(await snapshotHarvest.text()).toContain('Een leesbare kaart');
    const md = await fetch(`${base}/harvest.md?t=${board.tokens.viewer}&snapshot=${snapshot.id}`);
    expect(md.status).toBe(200);

    writer.doc.getArray<unknown>(CONTENT_RECORDS).delete(0, 3);
    const restored = await fetch(`${base}/snapshots/${snapshot.id}/restore?t=${facilitator}`, {
      method: 'POST',
    });
    expect(restored.status).toBe(200);

    expect((await fetchMetrics(server.httpUrl)).recordsSkipped).toBeGreaterThan(0);
    const errors = serverLog.filter((line) => /"level":(50|60)/.test(line));
    expect(errors).toEqual([]);
    const skippedLines = serverLog.filter((line) => line.includes('unreadable records skipped'));
    expect(skippedLines).toHaveLength(1); // logged once, however often it was read
  });
});
