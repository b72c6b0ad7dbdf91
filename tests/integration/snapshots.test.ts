/**
 * Snapshots (momentopnamen): saved by the begeleider, listed and viewed by everyone, restored
 * into the live board as ordinary updates that connected stock y-websocket clients receive, and
 * never changed after they are written, not even by a restart.
 */
import {
  type ApiError,
  controlRoom,
  type RestoreSnapshotResponse,
  type SnapshotInfo,
  type SnapshotListResponse,
  type SnapshotResponse,
} from '@werkbord/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { destroyClients, type SyncClient, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { kaartRecord } from '../helpers/records.js';
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

/** A 1×1 transparent PNG. */
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const api = (board: TestBoard, path = '', query = '') =>
  `${server.httpUrl}/api/boards/${board.boardId}${path}?t=${query}`;

async function saveSnapshot(
  board: TestBoard,
  body: Record<string, unknown>,
  token = board.tokens.facilitator,
): Promise<Response> {
  return fetch(api(board, '/snapshots', token), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function save(board: TestBoard, name: string): Promise<SnapshotInfo> {
  const response = await saveSnapshot(board, { name, author: 'Bea' });
  expect(response.status).toBe(201);
  return (await response.json()) as SnapshotInfo;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** Writes cards as a client does; waits until an observer has them (so they are stored). */
async function boardWithCards(texts: readonly string[]): Promise<{
  board: TestBoard;
  writer: SyncClient;
  observer: SyncClient;
}> {
  const board = await createBoard(server.httpUrl, 'Momentopnamen');
  const writer = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
  const observer = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
  writer.doc.transact(() => {
    writer.records.set('page:page', { id: 'page:page', typeName: 'page', name: 'Pagina 1' });
    texts.forEach((text, index) =>
      writer.records.set(`shape:k${index}`, kaartRecord(`k${index}`, text)),
    );
  });
  await waitFor(
    'the observer to see the cards',
    () => observer.records.map.size === texts.length + 1,
  );
  return { board, writer, observer };
}

const cardTexts = (client: SyncClient) =>
  [...client.records.map.values()]
    .map((entry) => (entry.val as { props?: { text?: string } }).props?.text)
    .filter((text): text is string => typeof text === 'string')
    .sort();

describe('saving, listing and viewing snapshots', () => {
  it('the begeleider saves one with a thumbnail; every role lists and views it', async () => {
    const { board } = await boardWithCards(['Eerste kaart']);
    const response = await saveSnapshot(board, {
      name: '  Na de eerste ronde ',
      author: 'Bea',
      thumbnail: `data:image/png;base64,${PNG_BASE64}`,
    });
    expect(response.status).toBe(201);
    const info = (await response.json()) as SnapshotInfo;
    expect(info).toMatchObject({
      name: 'Na de eerste ronde',
      author: 'Bea',
      werkvorm: 'leeg-bord',
      kind: 'named',
      hasThumbnail: true,
    });
    expect(info.sizeBytes).toBeGreaterThan(0);
    expect(new Date(info.createdAt).toISOString()).toBe(info.createdAt);

    for (const token of Object.values(board.tokens)) {
      const list = await getJson<SnapshotListResponse>(api(board, '/snapshots', token));
      expect(list.snapshots).toEqual([info]);
      const view = await getJson<SnapshotResponse>(api(board, `/snapshots/${info.id}`, token));
      expect(view.info).toEqual(info);
      const png = await fetch(api(board, `/snapshots/${info.id}/thumbnail.png`, token));
      expect(png.status).toBe(200);
      expect(png.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await png.arrayBuffer()).toString('base64')).toBe(PNG_BASE64);
    }
  });

  it('lists newest first and deletes only for the begeleider', async () => {
    const { board } = await boardWithCards(['Kaart']);
    const first = await save(board, 'Eerste');
    const second = await save(board, 'Tweede');
    const list = await getJson<SnapshotListResponse>(api(board, '/snapshots', board.tokens.viewer));
    expect(list.snapshots.map((s) => s.id)).toEqual([second.id, first.id]);

    const refused = await fetch(api(board, `/snapshots/${first.id}`, board.tokens.participant), {
      method: 'DELETE',
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as ApiError).error).toBe('forbidden');
    const deleted = await fetch(api(board, `/snapshots/${first.id}`, board.tokens.facilitator), {
      method: 'DELETE',
    });
    expect(deleted.status).toBe(204);
    const after = await getJson<SnapshotListResponse>(
      api(board, '/snapshots', board.tokens.viewer),
    );
    expect(after.snapshots.map((s) => s.id)).toEqual([second.id]);
    expect((await fetch(api(board, `/snapshots/${first.id}`, board.tokens.viewer))).status).toBe(
      404,
    );
  });

  it('refuses participants, viewers, empty names and thumbnails that are not PNG', async () => {
    const { board } = await boardWithCards(['Kaart']);
    expect((await saveSnapshot(board, { name: 'x' }, board.tokens.participant)).status).toBe(403);
    expect((await saveSnapshot(board, { name: 'x' }, board.tokens.viewer)).status).toBe(403);
    expect((await saveSnapshot(board, { name: '   ' })).status).toBe(400);
    expect((await saveSnapshot(board, { name: 'x'.repeat(121) })).status).toBe(400);
    const gif = { name: 'x', thumbnail: 'data:image/gif;base64,R0lGODlh' };
    expect((await saveSnapshot(board, gif)).status).toBe(400);
    const fake = { name: 'x', thumbnail: 'data:image/png;base64,aGFsbG8=' };
    expect((await saveSnapshot(board, fake)).status).toBe(400);
    expect((await fetch(api(board, '/snapshots', 'wrong-token-wrong-token'))).status).toBe(403);
  });
});

describe('restoring a snapshot', () => {
  it('makes the live board equal to it; connected clients converge and keep editing', async () => {
    const { board, writer, observer } = await boardWithCards(['Alfa', 'Beta']);
    const control = await syncedClient(
      server.syncUrl,
      controlRoom(board.boardId),
      board.tokens.facilitator,
    );
    const controlObserver = await syncedClient(
      server.syncUrl,
      controlRoom(board.boardId),
      board.tokens.viewer,
    );
    control.board.set('step', 1);
    await waitFor('the step to be stored', () => controlObserver.board.get('step') === 1);
    const snapshot = await save(board, 'Voor de pauze');
    const saved = await getJson<SnapshotResponse>(
      api(board, `/snapshots/${snapshot.id}`, board.tokens.viewer),
    );

    // Later edits: a card removed, one changed, one added; the step and a timer move on.
    writer.doc.transact(() => {
      writer.records.delete('shape:k0');
      writer.records.set('shape:k1', kaartRecord('k1', 'Beta veranderd', { x: 50, y: 0 }));
      writer.records.set('shape:k2', kaartRecord('k2', 'Gamma'));
    });
    control.board.set('step', 3);
    control.board.set('timer', { status: 'idle' });
    await waitFor(
      'the observer to see the edits',
      () => cardTexts(observer).join() === 'Beta veranderd,Gamma',
    );

    // The snapshot stays byte-identical after later edits.
    const again = await getJson<SnapshotResponse>(
      api(board, `/snapshots/${snapshot.id}`, board.tokens.viewer),
    );
    expect(again).toEqual(saved);

    const refused = await fetch(
      api(board, `/snapshots/${snapshot.id}/restore`, board.tokens.participant),
      { method: 'POST' },
    );
    expect(refused.status).toBe(403);

    const response = await fetch(
      api(board, `/snapshots/${snapshot.id}/restore`, board.tokens.facilitator),
      { method: 'POST' },
    );
    expect(response.status).toBe(200);
    const { restored, backup } = (await response.json()) as RestoreSnapshotResponse;
    expect(restored).toBe(snapshot.id);
    expect(backup.kind).toBe('restore');
    expect(backup.name).toBe('Voor herstel van "Voor de pauze"');

    for (const client of [writer, observer]) {
      await waitFor(
        'the clients to see the restored cards',
        () => cardTexts(client).join() === 'Alfa,Beta',
      );
    }
    expect((observer.records.get('shape:k1') as { x: number }).x).toBe(kaartRecord('k1', '').x);
    await waitFor('the step to be restored', () => control.board.get('step') === 1);
    expect(control.board.get('timer')).toEqual({ status: 'idle' }); // session state stays live

    // The board equals the snapshot: the live harvest lists the same cards as the snapshot's.
    const live = await fetch(api(board, '/harvest.csv', board.tokens.viewer) + '&table=0');
    const ofSnapshot = await fetch(
      api(board, `/harvest.csv`, board.tokens.viewer) + `&table=0&snapshot=${snapshot.id}`,
    );
    expect(await live.text()).toBe(await ofSnapshot.text());

    // Clients keep editing after the restore.
    writer.records.set('shape:k3', kaartRecord('k3', 'Delta'));
    await waitFor('the observer to see the new card', () => cardTexts(observer).includes('Delta'));

    // Undo: restoring the backup brings the edits back.
    const undo = await fetch(
      api(board, `/snapshots/${backup.id}/restore`, board.tokens.facilitator),
      { method: 'POST' },
    );
    expect(undo.status).toBe(200);
    await waitFor(
      'the observer to see the state before the restore',
      () => cardTexts(observer).join() === 'Beta veranderd,Gamma',
    );
    await waitFor('the step before the restore', () => control.board.get('step') === 3);
  });

  it('keeps every snapshot, byte for byte, across a restart', async () => {
    const { board, writer, observer } = await boardWithCards(['Een', 'Twee']);
    const first = await save(board, 'Eerste');
    writer.records.set('shape:k2', kaartRecord('k2', 'Drie'));
    await waitFor('three cards', () => cardTexts(observer).length === 3);
    const second = await save(board, 'Tweede');
    const before = await Promise.all(
      [first, second].map((s) =>
        getJson<SnapshotResponse>(api(board, `/snapshots/${s.id}`, board.tokens.viewer)),
      ),
    );
    destroyClients();
    server = await server.restart();
    const list = await getJson<SnapshotListResponse>(api(board, '/snapshots', board.tokens.viewer));
    expect(list.snapshots.map((s) => s.id)).toEqual([second.id, first.id]);
    const after = await Promise.all(
      [first, second].map((s) =>
        getJson<SnapshotResponse>(api(board, `/snapshots/${s.id}`, board.tokens.viewer)),
      ),
    );
    expect(after).toEqual(before);
  });
});

describe('harvest downloads', () => {
  it('CSV and Markdown list exactly the cards, live and of a snapshot', async () => {
    const { board, writer, observer } = await boardWithCards(['Appel', 'Peer']);
    const snapshot = await save(board, 'Twee kaarten');
    writer.records.set('shape:k2', kaartRecord('k2', 'Banaan'));
    await waitFor('three cards', () => cardTexts(observer).length === 3);

    const csv = async (query: string) => {
      const response = await fetch(api(board, '/harvest.csv', board.tokens.viewer) + query);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      return response.text();
    };
    const md = async (query: string) => {
      const response = await fetch(api(board, '/harvest.md', board.tokens.viewer) + query);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
      return response.text();
    };
    const liveCsv = await csv('&table=0');
    const liveMd = await md('');
    for (const text of ['Appel', 'Peer', 'Banaan']) {
      expect(liveCsv).toContain(text);
      expect(liveMd).toContain(text);
    }
    expect(liveCsv.trim().split('\n')).toHaveLength(4); // header + three cards
    const oldCsv = await csv(`&table=0&snapshot=${snapshot.id}`);
    const oldMd = await md(`&snapshot=${snapshot.id}`);
    for (const text of ['Appel', 'Peer']) {
      expect(oldCsv).toContain(text);
      expect(oldMd).toContain(text);
    }
    expect(oldCsv).not.toContain('Banaan');
    expect(oldMd).not.toContain('Banaan');
    expect(oldCsv.trim().split('\n')).toHaveLength(3);
    const json = await getJson<{ tables: unknown[] }>(
      api(board, `/snapshots/${snapshot.id}/harvest`, board.tokens.viewer),
    );
    expect(json.tables.length).toBeGreaterThan(0);
    const unknown = await fetch(
      api(board, '/harvest.md', board.tokens.viewer) + '&snapshot=AAAAAAAAAAAAAAAA',
    );
    expect(unknown.status).toBe(404);
  });
});

describe('automatic snapshots', () => {
  it('saves a changed board when the last person leaves, and not an unchanged one', async () => {
    const quick = await startTestServer({
      WERKBORD_ROOM_UNLOAD_DELAY_MS: '20',
      WERKBORD_AUTO_SNAPSHOT_MINUTES: '5',
    });
    try {
      const board = await createBoard(quick.httpUrl, 'Automatisch');
      const list = async () =>
        (
          await getJson<SnapshotListResponse>(
            `${quick.httpUrl}/api/boards/${board.boardId}/snapshots?t=${board.tokens.viewer}`,
          )
        ).snapshots;
      const writer = await syncedClient(quick.syncUrl, board.boardId, board.tokens.participant);
      const observer = await syncedClient(quick.syncUrl, board.boardId, board.tokens.viewer);
      writer.records.set('shape:k0', kaartRecord('k0', 'Blijft bewaard'));
      await waitFor('the card to be stored', () => observer.records.has('shape:k0'));
      destroyClients();
      await waitFor('an automatic snapshot', async () => (await list()).length === 1);
      const [auto] = await list();
      expect(auto).toMatchObject({
        kind: 'auto',
        author: null,
        werkvorm: 'leeg-bord',
        hasThumbnail: true,
      });
      expect(auto?.name).toMatch(/^Automatisch, \d{1,2} [a-z]+ \d{4}, \d{2}:\d{2}$/);
      // The server drew the thumbnail itself: a PNG at most as wide as the browser's, under 512 KiB.
      const thumbnail = await fetch(
        `${quick.httpUrl}/api/boards/${board.boardId}/snapshots/${auto?.id}/thumbnail.png?t=${board.tokens.viewer}`,
      );
      expect(thumbnail.status).toBe(200);
      expect(thumbnail.headers.get('content-type')).toBe('image/png');
      const png = Buffer.from(await thumbnail.arrayBuffer());
      expect(png.subarray(0, 8)).toEqual(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      );
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)]; // IHDR
      expect(width).toBeGreaterThan(0);
      expect(width).toBeLessThanOrEqual(320);
      expect(height).toBeGreaterThan(0);
      expect(png.length).toBeLessThanOrEqual(512 * 1024);
      const md = await fetch(
        `${quick.httpUrl}/api/boards/${board.boardId}/harvest.md?t=${board.tokens.viewer}&snapshot=${auto?.id}`,
      );
      expect(await md.text()).toContain('Blijft bewaard');

      // A visit without changes leaves no new snapshot.
      const visitor = await syncedClient(quick.syncUrl, board.boardId, board.tokens.viewer);
      expect(visitor.records.has('shape:k0')).toBe(true);
      destroyClients();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await list()).toHaveLength(1);
    } finally {
      await quick.close();
    }
  });
});
