import type { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { HttpError } from './json.js';
import { checkMetricsAccess, type MetricsAccessOptions } from './metricsAccess.js';

/** A request as node:http hands it over, from `remoteAddress`, with these headers. */
function request(remoteAddress: string, headers: Record<string, string> = {}): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, 'remoteAddress', { value: remoteAddress });
  return { socket, headers } as unknown as IncomingMessage;
}

function statusFor(req: IncomingMessage, options: MetricsAccessOptions): number {
  try {
    checkMetricsAccess(req, options);
    return 200;
  } catch (error) {
    if (error instanceof HttpError) return error.status;
    throw error;
  }
}

const open: MetricsAccessOptions = { token: null, listener: 'public', separatePort: false };
const TOKEN = 'a-long-enough-metrics-token';

describe('checkMetricsAccess', () => {
  it('by default answers loopback only, and nothing a proxy forwarded', () => {
    expect(statusFor(request('127.0.0.1'), open)).toBe(200);
    expect(statusFor(request('::1'), open)).toBe(200);
    expect(statusFor(request('::ffff:127.0.0.1'), open)).toBe(200);
    expect(statusFor(request('192.0.2.10'), open)).toBe(403);
    expect(statusFor(request('::ffff:10.0.0.2'), open)).toBe(403);
    expect(statusFor(request('127.0.0.1', { 'x-forwarded-for': '192.0.2.10' }), open)).toBe(403);
  });

  it('with a token asks everyone for it, loopback too', () => {
    const options = { ...open, token: TOKEN };
    expect(statusFor(request('127.0.0.1'), options)).toBe(401);
    expect(statusFor(request('192.0.2.10', { authorization: `Bearer ${TOKEN}` }), options)).toBe(
      200,
    );
    expect(statusFor(request('127.0.0.1', { authorization: `Bearer ${TOKEN}!` }), options)).toBe(
      401,
    );
    expect(statusFor(request('127.0.0.1', { authorization: TOKEN }), options)).toBe(401);
  });

  it('with a port of its own answers 404 on the public port and anyone on its own', () => {
    const separate = { ...open, separatePort: true };
    expect(statusFor(request('127.0.0.1'), separate)).toBe(404);
    expect(statusFor(request('192.0.2.10'), { ...separate, listener: 'metrics' })).toBe(200);
  });
});
