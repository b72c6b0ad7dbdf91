/**
 * The OpenAPI document: a valid OpenAPI 3.1 document, served as it is in the repository, that
 * describes every route of the server's route table (and no route the server lacks). That every
 * answer matches it is checked on every `fetch` of these tests (`helpers/openApiFetch.ts`); the
 * last tests show that check refusing wrong answers.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseProblems, spec } from '../helpers/openApiValidator.js';
import { removeTestDataDirs, startTestServer, type TestServer } from '../helpers/testServer.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
  removeTestDataDirs();
});

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Each documented operation, with a path that fills its parameters with well-formed ids. */
const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
  METHODS.filter((method) => item[method] !== undefined).map((method) => ({
    method: method.toUpperCase(),
    path,
    example: path.replace('{boardId}', 'A'.repeat(22)).replace('{snapshotId}', 'B'.repeat(16)),
  })),
);

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const validator = new Validator({ strict: false });
    const result = await validator.validate(spec);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('is served at /api/openapi.json as it is in the repository', async () => {
    const response = await fetch(`${server.httpUrl}/api/openapi.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(spec);
  });

  it("describes every route of the server's route table", () => {
    const missing = server.server.routes
      .filter(
        (route) =>
          !operations.some(
            (operation) =>
              operation.method === route.method && route.pattern.test(operation.example),
          ),
      )
      .map((route) => `${route.method} ${route.pattern.source}`);
    expect(missing).toEqual([]);
  });

  it('describes no route the server lacks', () => {
    const ghosts = operations
      .filter(
        ({ method, example }) =>
          !server.server.routes.some(
            (route) => route.method === method && route.pattern.test(example),
          ),
      )
      .map(({ method, path }) => `${method} ${path}`);
    expect(ghosts).toEqual([]);
  });
});

describe('the check of every answer', () => {
  const answer = (method: string, path: string, status: number, body: unknown, type = 'json') => ({
    method,
    url: new URL(path, 'http://127.0.0.1'),
    status,
    headers: new Headers({ 'Content-Type': `application/${type}; charset=utf-8` }),
    body: new TextEncoder().encode(JSON.stringify(body)),
  });

  it('accepts what the server really answers', () => {
    expect(responseProblems(answer('GET', '/api/time', 200, { now: 1 }))).toEqual([]);
  });

  it('refuses a wrong body, an undocumented status, media type or method', () => {
    expect(responseProblems(answer('GET', '/api/time', 200, { now: 'noon' }))).toHaveLength(1);
    expect(responseProblems(answer('GET', '/api/time', 200, { now: 1, extra: 2 }))).toHaveLength(1);
    expect(responseProblems(answer('GET', '/api/time', 418, { now: 1 }))).toHaveLength(1);
    expect(responseProblems(answer('GET', '/api/time', 200, { now: 1 }, 'xml'))).toHaveLength(1);
    expect(responseProblems(answer('POST', '/api/time', 200, { now: 1 }))).toHaveLength(1);
    const error = { error: 'not_found', message: 'Weg.' };
    expect(responseProblems(answer('GET', '/api/nothing', 404, error))).toEqual([]);
    expect(responseProblems(answer('GET', '/api/nothing', 404, { error: 'nope' }))).not.toEqual([]);
  });
});
