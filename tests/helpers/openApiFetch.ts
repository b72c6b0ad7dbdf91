/**
 * Setup file of the integration tests: every `fetch` to a server on this machine is checked
 * against the OpenAPI document (`openApiValidator.ts`). A mismatch makes that `fetch` reject and,
 * should the test catch it (a polling loop), fails the test after it anyway.
 */
import { afterEach } from 'vitest';
import { responseProblems } from './openApiValidator.js';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const problems: string[] = [];
const unchecked = globalThis.fetch;

globalThis.fetch = async (input, init) => {
  const response = await unchecked(input, init);
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!LOCAL_HOSTS.has(url.hostname)) return response;
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  const body = new Uint8Array(await response.clone().arrayBuffer());
  const found = responseProblems({
    method,
    url,
    status: response.status,
    headers: response.headers,
    body,
  });
  if (found.length > 0) {
    problems.push(...found);
    throw new Error(`The answer does not match the OpenAPI document:\n${found.join('\n')}`);
  }
  return response;
};

afterEach(() => {
  if (problems.length > 0) {
    throw new Error(
      `Answers that do not match the OpenAPI document:\n${problems.splice(0).join('\n')}`,
    );
  }
});
