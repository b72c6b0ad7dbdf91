/**
 * "Doe mee" over HTTP against a real server: the begeleider gets the deelnemer link (the same one
 * the board was made with) and a short code; the code, typed as people type it, gives that link
 * and nothing else; wrong codes count as wrong links per address; no other role makes codes; a
 * board made before deelnemer links were derived says so; a deleted board's codes open nothing.
 */
import { createHash } from 'node:crypto';
import { SqliteStorage } from '@werkbord/server';
import {
  ApiErrorCode,
  type ApiError,
  formatJoinCode,
  type JoinCodeResponse,
  type JoinResponse,
} from '@werkbord/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { createBoard, tokenOf } from '../helpers/boards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';

const servers: TestServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
  removeTestDataDirs();
});

async function start(
  env: Record<string, string> = {},
  options: Parameters<typeof startTestServer>[1] = {},
): Promise<TestServer> {
  const server = await startTestServer(env, options);
  servers.push(server);
  return server;
}

const joinCode = (server: TestServer, boardId: string, token: string) =>
  fetch(`${server.httpUrl}/api/boards/${boardId}/join-code?t=${token}`, { method: 'POST' });

const join_ = (server: TestServer, code: string) =>
  fetch(`${server.httpUrl}/api/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });

describe('Doe mee', () => {
  it('gives the begeleider the deelnemer link and a code that opens exactly that link', async () => {
    const server = await start();
    const board = await createBoard(server.httpUrl, 'Teamdag');
    const made = await joinCode(server, board.boardId, board.tokens.facilitator);
    expect(made.status).toBe(201);
    const { link, code, expiresAt } = (await made.json()) as JoinCodeResponse;
    expect(link).toBe(`/b/${board.boardId}?t=${board.tokens.participant}`);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(11 * 60 * 60 * 1000);

    for (const typed of [
      code,
      formatJoinCode(code).toLowerCase(),
      ` ${code.slice(0, 5)}-${code.slice(5)} `,
    ]) {
      const joined = await join_(server, typed);
      expect(joined.status).toBe(200);
      expect(joined.headers.get('cache-control')).toBe('no-store');
      expect(((await joined.json()) as JoinResponse).link).toBe(link);
    }
    // The link works as a deelnemer link.
    const info = await fetch(`${server.httpUrl}/api/boards/${board.boardId}?t=${tokenOf(link)}`);
    expect(((await info.json()) as { role: string }).role).toBe('participant');

    // A second "Doe mee" makes another code for the same link; the first still works.
    const again = (await (
      await joinCode(server, board.boardId, board.tokens.facilitator)
    ).json()) as JoinCodeResponse;
    expect(again.code).not.toBe(code);
    expect(again.link).toBe(link);
    expect((await join_(server, code)).status).toBe(200);
  });

  it('makes codes only for the begeleider', async () => {
    const server = await start();
    const board = await createBoard(server.httpUrl);
    for (const token of [board.tokens.participant, board.tokens.viewer]) {
      const answer = await joinCode(server, board.boardId, token);
      expect(answer.status).toBe(403);
      expect(((await answer.json()) as ApiError).error).toBe(ApiErrorCode.Forbidden);
    }
    expect((await joinCode(server, board.boardId, 'x'.repeat(32))).status).toBe(403);
  });

  it('answers 404 to a wrong code and 429 once an address tried too many', async () => {
    const server = await start({
      WERKBORD_FAILED_ACCESS_PER_MINUTE: '1',
      WERKBORD_FAILED_ACCESS_BURST: '3',
    });
    const board = await createBoard(server.httpUrl);
    const { code } = (await (
      await joinCode(server, board.boardId, board.tokens.facilitator)
    ).json()) as JoinCodeResponse;
    const wrong = code.startsWith('A') ? `B${code.slice(1)}` : `A${code.slice(1)}`;
    for (const guess of [wrong, 'ABC', wrong]) {
      const answer = await join_(server, guess);
      expect(answer.status).toBe(404);
      expect(((await answer.json()) as ApiError).error).toBe(ApiErrorCode.NotFound);
    }
    // Over the limit: even the right code waits, and so do board routes from this address.
    const blocked = await join_(server, code);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    const boardRoute = await fetch(
      `${server.httpUrl}/api/boards/${board.boardId}?t=${board.tokens.facilitator}`,
    );
    expect(boardRoute.status).toBe(429);
    expect((await join_(server, '')).status).toBe(429);
  });

  it('refuses a body without a code', async () => {
    const server = await start();
    const answer = await fetch(`${server.httpUrl}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kode: 'ABCDEFGHJK' }),
    });
    expect(answer.status).toBe(400);
  });

  it('says so for a board whose deelnemer link was not derived (made before)', async () => {
    // Boards as they were made before: a deelnemer token of its own, not the derived one.
    const older = createHash('sha256').update('een-willekeurige-oude-deelnemerstoken').digest();
    const server = await start(
      {},
      {
        storage: (config) =>
          new (class extends SqliteStorage {
            override createBoard(
              ...[board, tokens, updates]: Parameters<SqliteStorage['createBoard']>
            ) {
              const random = tokens.map((token) =>
                token.role === 'participant' ? { ...token, hash: older } : token,
              );
              return super.createBoard(board, random, updates);
            }
          })({ dataDir: config.dataDir, synchronous: 'NORMAL' }),
      },
    );
    const board = await createBoard(server.httpUrl);
    const answer = await joinCode(server, board.boardId, board.tokens.facilitator);
    expect(answer.status).toBe(409);
    expect(((await answer.json()) as ApiError).error).toBe(ApiErrorCode.NoParticipantLink);
  });

  it("forgets a deleted board's codes", async () => {
    const server = await start();
    const board = await createBoard(server.httpUrl);
    const { code } = (await (
      await joinCode(server, board.boardId, board.tokens.facilitator)
    ).json()) as JoinCodeResponse;
    const deleted = await fetch(
      `${server.httpUrl}/api/boards/${board.boardId}?t=${board.tokens.facilitator}`,
      { method: 'DELETE' },
    );
    expect(deleted.status).toBe(204);
    expect((await join_(server, code)).status).toBe(404);
  });
});
