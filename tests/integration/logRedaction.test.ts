/**
 * Tokens, member keys and presence keys never reach the logs: the real server, started as its own process with
 * every log line on (`trace`), serves a board over HTTP and WebSocket with a token and a member
 * key, makes a new board from it and compares the two (tokens in the body), refuses malformed
 * requests that quote them, and then its whole output is searched for the secrets, as text and
 * as the raw bytes Node attaches to a bad request.
 */
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import {
  type CreateBoardResponse,
  memberIdForKey,
  newMemberKey,
  privateRoom,
} from '@werkbord/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, type TestBoard, tokenOf } from '../helpers/boards.js';
import { openRawSocket, roomUrl } from '../helpers/rawSocket.js';
import { startServerProcess, type ServerProcess } from '../helpers/serverProcess.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { waitFor } from '../helpers/waitFor.js';

let server: ServerProcess;
let board: TestBoard;
let memberKey: string;
let presenceKey: string;
let output: string;
/** The links of a board made from `board` ("Nieuw bord van dit bord"). */
let copyLinks: CreateBoardResponse['links'];

/** Sends bytes on a plain TCP connection and waits until the server closes it. */
async function sendRaw(httpUrl: string, bytes: string): Promise<void> {
  const { hostname, port } = new URL(httpUrl);
  const socket = connect(Number(port), hostname);
  socket.on('data', () => {});
  await new Promise<void>((resolve) => {
    socket.on('close', () => resolve());
    socket.on('error', () => resolve());
    socket.write(bytes);
    socket.end();
  });
}

beforeAll(async () => {
  server = await startServerProcess({ LOG_LEVEL: 'trace' });
  board = await createBoard(server.httpUrl, 'Geheime teamdag');
  memberKey = newMemberKey();
  presenceKey = randomBytes(16).toString('base64url');
  const { facilitator, participant, viewer } = board.tokens;
  const api = `${server.httpUrl}/api/boards/${board.boardId}`;

  // Ordinary use: the board's info, harvest and snapshots, over HTTP.
  for (const url of [
    `${api}?t=${facilitator}`,
    `${api}/harvest?format=markdown&t=${participant}`,
    `${api}/snapshots?t=${viewer}`,
  ]) {
    expect((await fetch(url)).status).toBe(200);
  }
  // A new board from this one (its token in the URL, its new links in the answer), and a
  // comparison of the two (both tokens in the body).
  const copied = await fetch(`${api}/copies?t=${facilitator}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ source: 'prepared' }),
  });
  expect(copied.status).toBe(201);
  const copy = (await copied.json()) as CreateBoardResponse;
  copyLinks = copy.links;
  const compared = await fetch(`${server.httpUrl}/api/compare`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      boards: [
        { boardId: board.boardId, token: facilitator },
        { boardId: copy.boardId, token: tokenOf(copy.links.facilitator) },
      ],
    }),
  });
  expect(compared.status).toBe(200);
  // The sync sockets: content with a token and presence key, the private room with token and
  // member key.
  const room = privateRoom(board.boardId, await memberIdForKey(memberKey));
  await syncedClient(server.syncUrl, board.boardId, participant, { pk: presenceKey });
  await syncedClient(server.syncUrl, room, participant, { k: memberKey });
  // Refused: the private room with another key, and a viewer there.
  const wrongKey = await openRawSocket(`${roomUrl(server.syncUrl, room, participant)}&k=${viewer}`);
  await wrongKey.closed;
  const viewerSocket = await openRawSocket(
    `${roomUrl(server.syncUrl, room, viewer)}&k=${memberKey}`,
  );
  await viewerSocket.closed;
  destroyClients();
  // Malformed: a request line Node's parser refuses, and an upgrade whose URL cannot be parsed.
  await sendRaw(server.httpUrl, `GET /b/${board.boardId}?t=${facilitator} HTTP/1.1\r\nBad\r\n\r\n`);
  await sendRaw(
    server.httpUrl,
    `GET //:99999/sync/${board.boardId}?t=${facilitator}&k=${memberKey} HTTP/1.1\r\n` +
      'Host: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n' +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
  );
  await waitFor('the last requests in the log', () => server.output().includes('upgrade refused'));
  await server.stop();
  output = server.output();
}, 60_000);

afterAll(async () => {
  destroyClients();
  await server?.stop();
});

describe('the server log', () => {
  it('logs request and socket URLs, with their secrets redacted', () => {
    const lines = output.split('\n').filter((line) => line.startsWith('{'));
    const urls = lines.map((line) => (JSON.parse(line) as { url?: unknown }).url);
    expect(urls).toContain(`/api/boards/${board.boardId}?t=[redacted]`);
    expect(urls).toContain(`/api/boards/${board.boardId}/harvest?format=markdown&t=[redacted]`);
    expect(urls).toContain(`/api/boards/${board.boardId}/copies?t=[redacted]`);
    expect(urls).toContain('/api/compare');
    expect(urls).toContain(`/sync/${board.boardId}?pk=[redacted]&t=[redacted]`);
    expect(urls.some((url) => typeof url === 'string' && url.endsWith('&k=[redacted]'))).toBe(true);
    expect(output).toContain('http client error');
    expect(output).toContain('upgrade refused');
  });

  it('names the board (boardId) on every line about it', () => {
    const lines = output
      .split('\n')
      .filter((line) => line.startsWith('{') && line.includes(board.boardId))
      .map((line) => JSON.parse(line) as { msg: string; boardId?: string });
    // The two malformed requests: no path could be read from them, so no board either.
    const readable = lines.filter(
      ({ msg }) => !['upgrade refused', 'http client error'].includes(msg),
    );
    const unnamed = readable.filter(({ boardId }) => boardId !== board.boardId);
    expect(unnamed.map(({ msg }) => msg)).toEqual([]);
    // HTTP requests, connections (refused ones too) and rooms.
    const messages = new Set(readable.map(({ msg }) => msg));
    for (const msg of ['request', 'connection opened', 'connection ready', 'closing connection']) {
      expect(messages).toContain(msg);
    }
  });

  it('holds no token, member key or presence key, neither as text nor as bytes', () => {
    const copyTokens = Object.values(copyLinks).map(tokenOf);
    const secrets = [...Object.values(board.tokens), ...copyTokens, memberKey, presenceKey];
    for (const secret of secrets) {
      expect(output).not.toContain(secret);
      expect(output).not.toContain([...Buffer.from(secret)].join(','));
    }
  });
});
