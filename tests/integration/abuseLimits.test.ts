/**
 * Limits per client address: creating boards, and trying wrong links over HTTP and WebSocket
 * together. Over a limit the answer is 429 with `Retry-After` and a Dutch `{error, message}`,
 * and a socket is closed with 4420; behind a proxy the address comes from `X-Forwarded-For` only
 * when `WERKBORD_TRUST_PROXY` says so.
 */
import { ApiErrorCode, CloseCode } from '@werkbord/shared';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createBoard } from '../helpers/boards.js';
import { closeRawSockets, openRawSocket, roomUrl } from '../helpers/rawSocket.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';

const servers: TestServer[] = [];
async function serverWith(env: Record<string, string>): Promise<TestServer> {
  const server = await startTestServer(env);
  servers.push(server);
  return server;
}
afterEach(() => closeRawSockets());
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  removeTestDataDirs();
});

const WRONG_TOKEN = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

function post(server: TestServer, headers: Record<string, string> = {}) {
  return fetch(`${server.httpUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ werkvorm: 'leeg-bord', title: 'Bord' }),
  });
}

async function expectTooMany(response: Response, words: RegExp) {
  expect(response.status).toBe(429);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  const body = (await response.json()) as { error: string; message: string };
  expect(body.error).toBe(ApiErrorCode.TooManyRequests);
  expect(body.message).toMatch(words);
  expect(body.message).toMatch(/Probeer het over \d+ (seconden?|minuut|minuten) opnieuw\./);
}

describe('creating boards', () => {
  it('answers 429 with Retry-After once an address made its burst of boards', async () => {
    const server = await serverWith({ WERKBORD_BOARDS_PER_MINUTE: '1', WERKBORD_BOARD_BURST: '3' });
    for (let i = 0; i < 3; i++) expect((await post(server)).status).toBe(201);
    await expectTooMany(await post(server), /te veel borden gemaakt/);
  });

  it('trusts X-Forwarded-For only with WERKBORD_TRUST_PROXY', async () => {
    const direct = await serverWith({ WERKBORD_BOARDS_PER_MINUTE: '1', WERKBORD_BOARD_BURST: '1' });
    expect((await post(direct, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(201);
    // A made-up header does not make a new client.
    expect((await post(direct, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(429);

    const proxied = await serverWith({
      WERKBORD_BOARDS_PER_MINUTE: '1',
      WERKBORD_BOARD_BURST: '1',
      WERKBORD_TRUST_PROXY: '1',
    });
    expect((await post(proxied, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(201);
    expect((await post(proxied, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(201);
    expect((await post(proxied, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(429);
    // What the client put in front of the proxy's entry is its own claim, and ignored.
    expect((await post(proxied, { 'x-forwarded-for': '198.51.100.7, 203.0.113.2' })).status).toBe(
      429,
    );
  });
});

describe('wrong links', () => {
  it('after too many wrong tokens over HTTP, even a right link waits (429), and sockets get 4420', async () => {
    const server = await serverWith({
      WERKBORD_FAILED_ACCESS_PER_MINUTE: '1',
      WERKBORD_FAILED_ACCESS_BURST: '3',
    });
    const board = await createBoard(server.httpUrl);
    const info = (token: string) =>
      fetch(`${server.httpUrl}/api/boards/${board.boardId}?t=${token}`);
    expect((await info(board.tokens.viewer)).status).toBe(200); // a right link costs nothing
    for (let i = 0; i < 3; i++) expect((await info(WRONG_TOKEN)).status).toBe(403);
    await expectTooMany(await info(board.tokens.viewer), /te veel onjuiste links/);
    await expectTooMany(
      await fetch(`${server.httpUrl}/api/boards/${board.boardId}/harvest?t=${WRONG_TOKEN}`),
      /onjuiste links/,
    );
    const socket = await openRawSocket(
      roomUrl(server.syncUrl, board.boardId, board.tokens.facilitator),
    );
    expect((await socket.closed).code).toBe(CloseCode.TooManyAttempts);
    // Other routes and new boards are not part of it.
    expect((await fetch(`${server.httpUrl}/healthz`)).status).toBe(200);
    expect((await post(server)).status).toBe(201);
  });

  it('counts wrong links on sockets (token, unknown board) toward the same limit', async () => {
    const server = await serverWith({
      WERKBORD_FAILED_ACCESS_PER_MINUTE: '1',
      WERKBORD_FAILED_ACCESS_BURST: '2',
    });
    const board = await createBoard(server.httpUrl);
    const wrongToken = await openRawSocket(roomUrl(server.syncUrl, board.boardId, WRONG_TOKEN));
    expect((await wrongToken.closed).code).toBe(CloseCode.Unauthorized);
    const unknownBoard = await openRawSocket(
      roomUrl(server.syncUrl, 'AbCdEfGhIjKlMnOpQrSt_-', board.tokens.viewer),
    );
    expect((await unknownBoard.closed).code).toBe(CloseCode.NotFound);
    const right = await openRawSocket(roomUrl(server.syncUrl, board.boardId, board.tokens.viewer));
    const close = await right.closed;
    expect(close.code).toBe(CloseCode.TooManyAttempts);
    expect(close.reason).toBe('te veel onjuiste links');
    await expectTooMany(
      await fetch(`${server.httpUrl}/api/boards/${board.boardId}?t=${board.tokens.viewer}`),
      /onjuiste links/,
    );
  });

  it('leaves an honest session alone at the default limits', async () => {
    const server = await serverWith({});
    const board = await createBoard(server.httpUrl);
    for (let i = 0; i < 40; i++) {
      const response = await fetch(
        `${server.httpUrl}/api/boards/${board.boardId}?t=${board.tokens.participant}`,
      );
      expect(response.status).toBe(200);
    }
  });
});
