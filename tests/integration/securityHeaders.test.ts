/**
 * Security headers on every answer: the Content-Security-Policy as a header (with
 * `frame-ancestors`, which a `<meta>` cannot carry; configurable for an intranet page),
 * `Referrer-Policy: no-referrer` (links carry tokens) and `nosniff`. A built client is made up
 * in the data directory, so the HTML page, an asset and the API are all checked.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard } from '../helpers/boards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';

let server: TestServer;
let intranet: TestServer;

function fakeClient(dir: string): string {
  const clientDir = join(dir, 'client');
  mkdirSync(join(clientDir, 'assets'), { recursive: true });
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Werkbord</title>');
  writeFileSync(join(clientDir, 'assets', 'app-1234.js'), 'console.log(1)');
  return clientDir;
}

beforeAll(async () => {
  const dir = (await startTestServer()).dataDir; // only for a temporary directory
  const clientDir = fakeClient(dir);
  server = await startTestServer({ WERKBORD_CLIENT_DIR: clientDir });
  intranet = await startTestServer({
    WERKBORD_CLIENT_DIR: clientDir,
    WERKBORD_FRAME_ANCESTORS: "'self' https://intranet.gemeente.example",
  });
});
afterAll(async () => {
  await Promise.all([server.close(), intranet.close()]);
  removeTestDataDirs();
});

const directives = (policy: string | null) =>
  new Map(
    (policy ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

describe('security headers', () => {
  it('sends the Content-Security-Policy with the page, frame-ancestors included', async () => {
    for (const path of ['/', '/b/abc']) {
      const response = await fetch(`${server.httpUrl}${path}`);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const policy = directives(response.headers.get('content-security-policy'));
      expect(policy.get('default-src')).toBe("'self'");
      expect(policy.get('connect-src')).toBe("'self' data: blob:");
      expect(policy.get('script-src')).toBe("'self'");
      expect(policy.get('object-src')).toBe("'none'");
      expect(policy.get('frame-ancestors')).toBe("'self'");
    }
  });

  it('lets WERKBORD_FRAME_ANCESTORS allow an intranet page to embed Werkbord', async () => {
    const response = await fetch(`${intranet.httpUrl}/`);
    const policy = directives(response.headers.get('content-security-policy'));
    expect(policy.get('frame-ancestors')).toBe("'self' https://intranet.gemeente.example");
    expect(policy.get('default-src')).toBe("'self'");
  });

  it('sends no-referrer and nosniff on every answer: page, asset, API, errors', async () => {
    const board = await createBoard(server.httpUrl);
    const answers = await Promise.all([
      fetch(`${server.httpUrl}/`),
      fetch(`${server.httpUrl}/assets/app-1234.js`),
      fetch(`${server.httpUrl}/api/boards/${board.boardId}?t=${board.tokens.viewer}`),
      fetch(`${server.httpUrl}/api/time`),
      fetch(`${server.httpUrl}/healthz`),
      fetch(`${server.httpUrl}/missing.txt`),
      fetch(`${server.httpUrl}/api/nothing`),
      fetch(`${server.httpUrl}/api/boards`, { method: 'PUT' }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([
      200, 200, 200, 200, 200, 404, 404, 405,
    ]);
    for (const answer of answers) {
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('content-security-policy')).toContain('frame-ancestors');
    }
  });

  it('refuses a frame-ancestors value that would smuggle other directives in', async () => {
    await expect(
      startTestServer({ WERKBORD_FRAME_ANCESTORS: "'self'; script-src *" }),
    ).rejects.toThrow(/WERKBORD_FRAME_ANCESTORS/);
  });
});
