import { controlRoom } from '@werkbord/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { fetchMetrics } from '../helpers/metrics.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

let server: TestServer;
let board: TestBoard;

beforeAll(async () => {
  server = await startTestServer({ WERKBORD_ROOM_UNLOAD_DELAY_MS: '0' });
});
afterAll(async () => {
  await server.close();
  removeTestDataDirs();
});
afterEach(destroyClients);

const metrics = () => fetchMetrics(server.httpUrl);

describe('sync between stock y-websocket clients', () => {
  it('two clients editing concurrently converge to the same document', async () => {
    board = await createBoard(server.httpUrl);
    const a = await syncedClient(server.syncUrl, board.boardId, board.tokens.facilitator);
    const b = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    for (let i = 0; i < 20; i++) {
      a.records.set(`a${i}`, { x: i });
      b.records.set(`b${i}`, { y: i });
    }
    a.records.set('shared', 'from a');
    b.records.set('shared', 'from b');
    await waitFor('both to have all 41 records', () =>
      [a, b].every((client) => client.records.map.size === 41),
    );
    await waitFor(
      'identical state',
      () => Y.encodeStateVector(a.doc).toString() === Y.encodeStateVector(b.doc).toString(),
    );
    expect(a.records.get('shared')).toBe(b.records.get('shared'));
    expect(a.doc.getArray('records').toJSON()).toEqual(b.doc.getArray('records').toJSON());
  });

  it('a late joiner receives the full state of content and control', async () => {
    board = await createBoard(server.httpUrl, 'Late joiner');
    const a = await syncedClient(server.syncUrl, board.boardId, board.tokens.facilitator);
    const control = await syncedClient(
      server.syncUrl,
      controlRoom(board.boardId),
      board.tokens.facilitator,
    );
    const { updatesStored } = await metrics();
    for (let i = 0; i < 50; i++) a.records.set(`note${i}`, { text: `nummer ${i}` });
    a.records.delete('note0');
    control.board.set('settings', { step: 2 });
    await waitFor('the 52 writes to be stored', async () => {
      return (await metrics()).updatesStored >= updatesStored + 52;
    });

    const late = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    const lateControl = await syncedClient(
      server.syncUrl,
      controlRoom(board.boardId),
      board.tokens.participant,
    );
    expect(late.records.map.size).toBe(49);
    expect(late.records.get('note49')).toEqual({ text: 'nummer 49' });
    expect(late.records.has('note0')).toBe(false);
    expect(lateControl.board.toJSON()).toMatchObject({
      werkvorm: 'leeg-bord',
      title: 'Late joiner',
      settings: { step: 2 },
    });
  });

  it('removes the presence of a client whose connection drops, at every other client', async () => {
    board = await createBoard(server.httpUrl);
    const a = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    const b = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    a.awareness.setLocalStateField('user', { name: 'Anouk' });
    const aId = a.doc.clientID;
    await waitFor("b to see a's presence", () => b.awareness.getStates().has(aId));
    // The server writes who the client is (role, user id) into its presence; the rest is relayed.
    expect(b.awareness.getStates().get(aId)).toMatchObject({
      user: { name: 'Anouk', role: 'participant' },
    });

    a.kill();
    await waitFor("b to lose a's presence", () => !b.awareness.getStates().has(aId), {
      timeoutMs: 3_000, // far below the 30 s awareness timeout: the server removed it
    });
  });

  it('a newcomer receives the presence of clients already in the room', async () => {
    board = await createBoard(server.httpUrl);
    const a = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    const observer = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    a.awareness.setLocalStateField('user', { name: 'Bram' });
    await waitFor('the server to relay a', () =>
      observer.awareness.getStates().has(a.doc.clientID),
    );
    const b = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    await waitFor("b to see a's presence", () => b.awareness.getStates().has(a.doc.clientID));
    expect(b.awareness.getStates().get(a.doc.clientID)).toMatchObject({
      user: { name: 'Bram', role: 'participant' },
    });
  });

  it('unloads a room without clients and loads it again from storage', async () => {
    board = await createBoard(server.httpUrl);
    const a = await syncedClient(server.syncUrl, board.boardId, board.tokens.facilitator);
    a.records.set('kept', { text: 'na het uitladen' });
    await waitFor('the room to be loaded', async () => (await metrics()).roomsLoaded > 0);
    a.destroy();
    await waitFor('every room to be unloaded', async () => (await metrics()).roomsLoaded === 0);

    const b = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    expect(b.records.get('kept')).toEqual({ text: 'na het uitladen' });
  });
});
