import { type BoardInfo, CloseCode, controlRoom } from '@werkbord/shared';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createBoard } from '../helpers/boards.js';
import { fetchMetrics } from '../helpers/metrics.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

const servers: TestServer[] = [];
async function start(env: Record<string, string> = {}): Promise<TestServer> {
  const server = await startTestServer(env);
  servers.push(server);
  return server;
}
async function restart(server: TestServer): Promise<TestServer> {
  destroyClients();
  const next = await server.restart();
  servers.push(next);
  return next;
}

afterEach(destroyClients);
afterAll(async () => {
  for (const server of servers) await server.close();
  removeTestDataDirs();
});

describe('persistence', () => {
  it('a restart on the same SQLite file keeps content, control and links', async () => {
    let server = await start({ WERKBORD_COMPACT_AFTER_UPDATES: '10' });
    const board = await createBoard(server.httpUrl, 'Blijft bestaan');
    const writer = await syncedClient(server.syncUrl, board.boardId, board.tokens.facilitator);
    const control = await syncedClient(
      server.syncUrl,
      controlRoom(board.boardId),
      board.tokens.facilitator,
    );
    const observer = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    const controlObserver = await syncedClient(
      server.syncUrl,
      controlRoom(board.boardId),
      board.tokens.viewer,
    );
    for (let i = 0; i < 25; i++) writer.records.set(`card${i}`, { text: `kaart ${i}`, x: i });
    writer.records.delete('card3');
    control.board.set('settings', { rings: 3 });
    // Broadcasts leave only after the write, so what the observers see is stored.
    await waitFor('the observers to see every write', () => {
      return observer.records.map.size === 24 && controlObserver.board.has('settings');
    });
    // Compacting runs after the write it follows; on a networked database it takes a moment.
    const running = server;
    await waitFor(
      'a compaction',
      async () => (await fetchMetrics(running.httpUrl)).compactions > 0,
    );

    server = await restart(server);

    const content = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    const controlAfter = await syncedClient(
      server.syncUrl,
      controlRoom(board.boardId),
      board.tokens.viewer,
    );
    expect(content.records.map.size).toBe(24);
    expect(content.records.get('card24')).toEqual({ text: 'kaart 24', x: 24 });
    expect(content.records.has('card3')).toBe(false);
    expect(controlAfter.board.toJSON()).toMatchObject({
      werkvorm: 'leeg-bord',
      title: 'Blijft bestaan',
      settings: { rings: 3 },
    });
    expect(typeof controlAfter.board.get('createdAt')).toBe('string');
    const info = await fetch(
      `${server.httpUrl}/api/boards/${board.boardId}?t=${board.tokens.participant}`,
    );
    expect(info.status).toBe(200);
    expect(((await info.json()) as BoardInfo).role).toBe('participant');
  });

  it('a new board starts with its werkvorm, title and creation time in the control document', async () => {
    const server = await start();
    const board = await createBoard(server.httpUrl, 'Startpunt');
    const control = await syncedClient(
      server.syncUrl,
      controlRoom(board.boardId),
      board.tokens.participant,
    );
    expect(control.board.get('werkvorm')).toBe('leeg-bord');
    expect(control.board.get('title')).toBe('Startpunt');
    expect(Date.parse(String(control.board.get('createdAt')))).not.toBeNaN();
  });

  it('a graceful shutdown tells connected clients to come back later (4503)', async () => {
    const server = await start();
    const board = await createBoard(server.httpUrl);
    const client = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    const closed = client.nextClose();
    await server.close();
    expect(await closed).toMatchObject({ code: CloseCode.ServerShutdown });
  });
});
