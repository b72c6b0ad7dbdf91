/**
 * Write rights are enforced by the server. Each test makes a refused write, then a fence: a
 * message on the same connection that the server handles after the write (awareness), then an
 * allowed write that the observers receive. Updates are relayed in order, so once the allowed
 * write has arrived, a relayed refused write would have arrived before it. A restart then shows
 * what was stored.
 */
import { controlRoom } from '@werkbord/shared';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createBoard } from '../helpers/boards.js';
import { destroyClients, type SyncClient, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

const servers: TestServer[] = [];
afterEach(destroyClients);
afterAll(async () => {
  for (const server of servers) await server.close();
  removeTestDataDirs();
});

async function start(): Promise<TestServer> {
  const server = await startTestServer();
  servers.push(server);
  return server;
}

/** Sends a presence change through `from` and waits until `to` has it: `from`'s earlier messages were handled. */
async function fence(from: SyncClient, to: SyncClient, value: string): Promise<void> {
  from.awareness.setLocalStateField('fence', value);
  await waitFor(`the fence ${value}`, () => {
    return to.awareness.getStates().get(from.doc.clientID)?.fence === value;
  });
}

describe('write rights per role', () => {
  it("a viewer's edit reaches no one and is not stored", async () => {
    let server = await start();
    const board = await createBoard(server.httpUrl);
    const facilitator = await syncedClient(server.syncUrl, board.boardId, board.tokens.facilitator);
    const participant = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    const viewer = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);

    viewer.records.set('from-viewer', { text: 'mag niet' });
    await fence(viewer, participant, 'viewer-wrote');
    facilitator.records.set('after', { text: 'wel' });
    await waitFor('the allowed write to arrive', () => {
      return participant.records.has('after') && viewer.records.has('after');
    });
    expect(participant.records.has('from-viewer')).toBe(false);
    expect(facilitator.records.has('from-viewer')).toBe(false);
    const newcomer = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    expect(newcomer.records.has('after')).toBe(true);
    expect(newcomer.records.has('from-viewer')).toBe(false);

    destroyClients();
    server = await server.restart();
    servers.push(server);
    const fresh = await syncedClient(server.syncUrl, board.boardId, board.tokens.facilitator);
    expect(fresh.records.has('after')).toBe(true);
    expect(fresh.records.has('from-viewer')).toBe(false);
  });

  it("a participant's write to the control document is refused; the facilitator's is stored", async () => {
    let server = await start();
    const board = await createBoard(server.httpUrl, 'Regie');
    const room = controlRoom(board.boardId);
    const facilitator = await syncedClient(server.syncUrl, room, board.tokens.facilitator);
    const participant = await syncedClient(server.syncUrl, room, board.tokens.participant);
    const other = await syncedClient(server.syncUrl, room, board.tokens.viewer);

    participant.board.set('title', 'Gekaapt');
    participant.board.set('step', 99);
    await fence(participant, other, 'participant-wrote');
    facilitator.board.set('step', 2);
    await waitFor('the facilitator write to arrive', () => other.board.get('step') === 2);
    expect(other.board.get('title')).toBe('Regie');
    expect(facilitator.board.get('title')).toBe('Regie');
    const newcomer = await syncedClient(server.syncUrl, room, board.tokens.viewer);
    expect(newcomer.board.get('step')).toBe(2);
    expect(newcomer.board.get('title')).toBe('Regie');

    destroyClients();
    server = await server.restart();
    servers.push(server);
    const fresh = await syncedClient(server.syncUrl, room, board.tokens.participant);
    expect(fresh.board.get('title')).toBe('Regie');
    expect(fresh.board.get('step')).toBe(2);
  });

  it('a participant writes the content document', async () => {
    const server = await start();
    const board = await createBoard(server.httpUrl);
    const participant = await syncedClient(server.syncUrl, board.boardId, board.tokens.participant);
    const viewer = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    participant.records.set('note', { text: 'van een deelnemer' });
    await waitFor('the viewer to see it', () => viewer.records.has('note'));
  });

  it('a viewer still receives updates and shares presence', async () => {
    const server = await start();
    const board = await createBoard(server.httpUrl);
    const viewer = await syncedClient(server.syncUrl, board.boardId, board.tokens.viewer);
    const facilitator = await syncedClient(server.syncUrl, board.boardId, board.tokens.facilitator);
    await fence(viewer, facilitator, 'hallo');
    facilitator.records.set('shown', { text: 'zichtbaar' });
    await waitFor('the viewer to see it', () => viewer.records.has('shown'));
  });
});
