/**
 * A seeded fuzz run in the gate: a few thousand malformed and hostile messages over a few hundred
 * connections at three boards, while honest people keep editing them and another board. Then
 * the server is up, the bystanders converged without ever being disconnected, every fuzzed board
 * still syncs for a newcomer and harvests, and nothing was logged as an error. (`pnpm fuzz` runs
 * 100,000 messages and prints the figures; timings are not asserted here.)
 */
import { contentRoom, controlRoom } from '@werkbord/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bystanders } from '../fuzz/bystanders.js';
import { fuzz } from '../fuzz/fuzzer.js';
import { createBoard, type TestBoard } from '../helpers/boards.js';
import { destroyClients, syncedClient } from '../helpers/syncClients.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';
import { waitFor } from '../helpers/waitFor.js';

const SEED = 20_251_010;
const MESSAGES = 4_000;

let server: TestServer;
const log: string[] = [];

beforeAll(async () => {
  server = await startTestServer(
    // A smaller message limit keeps the run short; everything else as in production.
    { WERKBORD_MAX_MESSAGE_BYTES: String(1024 * 1024), WERKBORD_ROOM_UNLOAD_DELAY_MS: '200' },
    { logLines: log },
  );
});
afterAll(async () => {
  destroyClients();
  await server.close();
  removeTestDataDirs();
});

describe('fuzzing the sync socket', () => {
  it(
    'leaves the server up, the bystanders in step and every board readable',
    { timeout: 60_000 },
    async () => {
      const fuzzed: TestBoard[] = [];
      for (const werkvorm of ['stakeholdermap', 'historielijn', 'leeg-bord']) {
        fuzzed.push(await createBoard(server.httpUrl, 'Gefuzzd', werkvorm));
      }
      const quiet = await createBoard(server.httpUrl, 'Rustig');
      const bystanders = await Promise.all(
        [...fuzzed, quiet].map((board) => Bystanders.join(server.syncUrl, board)),
      );
      for (const pair of bystanders) pair.start(50);

      const result = await fuzz({
        syncUrl: server.syncUrl,
        boards: fuzzed,
        seed: SEED,
        messages: MESSAGES,
        concurrency: 8,
      });
      for (const pair of bystanders) pair.stop();
      expect(result.messages).toBe(MESSAGES);
      expect(result.connections).toBeGreaterThan(50);

      expect((await fetch(`${server.httpUrl}/healthz`)).status).toBe(200);
      await waitFor(
        'every bystander edit to arrive',
        () => bystanders.every((pair) => pair.converged()),
        {
          timeoutMs: 15_000,
        },
      );

      for (const board of fuzzed) {
        const content = await syncedClient(
          server.syncUrl,
          contentRoom(board.boardId),
          board.tokens.viewer,
        );
        const control = await syncedClient(
          server.syncUrl,
          controlRoom(board.boardId),
          board.tokens.viewer,
        );
        expect(content.provider.synced && control.provider.synced).toBe(true);
        const harvest = await fetch(
          `${server.httpUrl}/api/boards/${board.boardId}/harvest?t=${board.tokens.viewer}`,
        );
        expect(harvest.status).toBe(200);
        content.destroy();
        control.destroy();
        const markdown = await fetch(
          `${server.httpUrl}/api/boards/${board.boardId}/harvest.md?t=${board.tokens.viewer}`,
        );
        expect(markdown.status).toBe(200);
      }
      const errors = log.filter((line) => /"level":(50|60)/.test(line));
      expect(errors).toEqual([]);
    },
  );
});
