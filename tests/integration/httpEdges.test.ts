/**
 * The edges of the HTTP API: a body far over the limit gets its 413 (not a reset halfway through
 * the upload), and a method a route does not have gets 405 with an `Allow` header, whatever the
 * method (TRACE, PUT, CONNECT…).
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard } from '../helpers/boards.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
  removeTestDataDirs();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** An error the client saw while sending or reading (a reset), `null` when none. */
  error: string | null;
}

/** Sends `total` bytes of body in 64 KiB writes, the way an upload streams. */
function upload(path: string, total: number, headers: Record<string, string>): Promise<Answer> {
  const { hostname, port } = new URL(server.httpUrl);
  return new Promise((resolve) => {
    let error: string | null = null;
    const req = request({ host: hostname, port, path, method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      const answered = new Promise<void>((done) => res.on('end', done));
      void Promise.all([answered, uploaded]).then(() => {
        // Give a late reset the chance to show up before judging.
        setTimeout(() => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, error });
          req.destroy();
        }, 200);
      });
    });
    const uploaded = new Promise<void>((done) => req.on('finish', done));
    req.on('error', (err) => {
      error ??= err.message;
      setTimeout(() => resolve({ status: 0, headers: {}, body: '', error }), 200);
    });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

function send(method: string, path: string): Promise<Answer> {
  const { hostname, port } = new URL(server.httpUrl);
  return new Promise((resolve) => {
    const req = request({ host: hostname, port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, error: null }),
      );
    });
    req.on('error', (err) => resolve({ status: 0, headers: {}, body: '', error: err.message }));
    req.end();
  });
}

describe('HTTP edges', () => {
  it('a 10 MB chunked JSON body gets 413, with the whole upload read and no reset', async () => {
    const answer = await upload('/api/boards', 10 * 1024 * 1024, {
      'content-type': 'application/json',
      'transfer-encoding': 'chunked',
    });
    expect(answer).toMatchObject({ status: 413, error: null });
    expect(JSON.parse(answer.body)).toMatchObject({ error: 'payload_too_large' });
  });

  it('a 10 MB body with its length announced gets 413 too', async () => {
    const total = 10 * 1024 * 1024;
    const answer = await upload('/api/boards', total, {
      'content-type': 'application/json',
      'content-length': String(total),
    });
    expect(answer).toMatchObject({ status: 413, error: null });
  });

  it('TRACE and other unsupported methods on API routes get 405 with Allow', async () => {
    const board = await createBoard(server.httpUrl);
    const cases: Array<[string, string, string]> = [
      ['TRACE', `/api/boards/${board.boardId}`, 'DELETE, GET, HEAD'],
      ['TRACE', '/api/boards', 'POST'],
      ['PUT', `/api/boards/${board.boardId}/harvest`, 'GET, HEAD'],
      ['PATCH', '/api/time', 'GET, HEAD'],
      ['OPTIONS', `/api/boards/${board.boardId}/snapshots`, 'GET, HEAD, POST'],
      ['TRACE', '/', 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const answer = await send(method, path);
      expect({ method, path, status: answer.status, allow: answer.headers.allow }).toEqual({
        method,
        path,
        status: 405,
        allow,
      });
      expect(JSON.parse(answer.body)).toMatchObject({ error: 'method_not_allowed' });
    }
  });

  it('CONNECT gets 405 too, not a dropped connection', async () => {
    const { hostname, port } = new URL(server.httpUrl);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => {
        socket.write(`CONNECT /api/boards HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`);
      });
      let text = '';
      socket.on('data', (data) => (text += data.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 405 /);
    expect(reply).toMatch(/\r\nAllow: /i);
  });
});
