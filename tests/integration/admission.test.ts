import { CloseCode, controlRoom } from '@werkbord/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { closeRawSockets, openRawSocket, roomUrl } from '../helpers/rawSocket.js';
import { connectClient, destroyClients } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';

let server: TestServer;
let board: TestBoard;
let otherBoard: TestBoard;

beforeAll(async () => {
  server = await startTestServer();
  board = await createBoard(server.httpUrl);
  otherBoard = await createBoard(server.httpUrl);
});
afterEach(() => {
  destroyClients();
  closeRawSockets();
});
afterAll(async () => {
  await server.close();
  removeTestDataDirs();
});

describe('admission to a room', () => {
  it.each([
    [
      'a wrong token',
      () => board.boardId,
      () => 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      CloseCode.Unauthorized,
    ],
    [
      'a token of another board',
      () => board.boardId,
      () => otherBoard.tokens.facilitator,
      CloseCode.Unauthorized,
    ],
    ['a malformed token', () => controlRoom(board.boardId), () => 'x', CloseCode.Unauthorized],
    [
      'an unknown board',
      () => 'AbCdEfGhIjKlMnOpQrSt_-',
      () => board.tokens.facilitator,
      CloseCode.NotFound,
    ],
    [
      'a malformed room name',
      () => `${board.boardId}.secret`,
      () => board.tokens.facilitator,
      CloseCode.NotFound,
    ],
  ])(
    'the stock client with %s is closed with the documented code and stops reconnecting',
    async (_name, room, token, code) => {
      const client = connectClient(server.syncUrl, room(), token());
      const close = await client.nextClose();
      expect(close.code).toBe(code);
      expect(close.reason.length).toBeGreaterThan(0);
      expect(client.provider.shouldConnect).toBe(false);
      expect(client.provider.synced).toBe(false);
    },
  );

  it('a connection without a token is closed with 4401', async () => {
    const raw = await openRawSocket(roomUrl(server.syncUrl, board.boardId));
    expect((await raw.closed).code).toBe(CloseCode.Unauthorized);
  });

  it('refuses WebSocket upgrades outside the sync path', async () => {
    const raw = await openRawSocket(
      `${server.syncUrl.replace('/sync', '/elders')}/${board.boardId}`,
    );
    expect((await raw.closed).code).toBe(1006);
  });

  it('sends nothing of the document to a refused connection', async () => {
    const raw = await openRawSocket(roomUrl(server.syncUrl, board.boardId, 'fout-fout-fout-fout'));
    const received: unknown[] = [];
    raw.ws.on('message', (data) => received.push(data));
    raw.ws.send(new Uint8Array([0, 0, 1, 0]));
    await raw.closed;
    expect(received).toEqual([]);
  });
});
