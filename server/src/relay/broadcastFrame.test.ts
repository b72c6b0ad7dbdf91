import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { createLogger } from '../log.js';
import { Metrics } from '../Metrics.js';
import { frameBinary, rawSocketOf, shareMessages } from './broadcastFrame.js';
import { Connection } from './Connection.js';
import { TokenBucket } from '../limits/TokenBucket.js';

const servers: WebSocketServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    for (const client of server.clients) client.terminate();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A real `ws` server with one stock `ws` client: the server side as a `Connection`. */
async function connected(): Promise<{ connection: Connection; received: Buffer[] }> {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  servers.push(server);
  await once(server, 'listening');
  const accepted = once(server, 'connection') as Promise<[WebSocket]>;
  const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
  const received: Buffer[] = [];
  client.on('message', (data: Buffer, isBinary) => {
    expect(isBinary).toBe(true);
    received.push(data);
  });
  await once(client, 'open');
  const [ws] = await accepted;
  const bucket = new TokenBucket(1000, 1000);
  const budgets = { messages: bucket, bytes: bucket, presence: bucket };
  const connection = new Connection(ws, budgets, createLogger('silent'), new Metrics(), 1 << 24);
  return { connection, received };
}

const message = (length: number, fill: number) => new Uint8Array(length).fill(fill);

describe('broadcast frames', () => {
  it('frames each length class as RFC 6455 says: 7-bit, 16-bit and 64-bit lengths', () => {
    expect([...frameBinary(message(3, 9))]).toEqual([0x82, 3, 9, 9, 9]);
    expect([...frameBinary(message(126, 1)).subarray(0, 4)]).toEqual([0x82, 126, 0, 126]);
    const large = frameBinary(message(70_000, 2));
    expect([...large.subarray(0, 10)]).toEqual([0x82, 127, 0, 0, 0, 0, 0, 1, 0x11, 0x70]);
    expect(large.length).toBe(70_010);
  });

  it("finds ws's socket, so broadcasts are written as one frame", async () => {
    const { connection } = await connected();
    expect(rawSocketOf(connection.ws)).not.toBeNull();
  });

  it('a stock client reads shared frames and ordinary sends in the order they were made', async () => {
    const { connection, received } = await connected();
    const sent = [
      message(5, 1),
      message(125, 2),
      message(126, 3),
      message(65_535, 4),
      message(65_536, 5),
      message(200_000, 6),
    ];
    sent.forEach((bytes, i) => {
      if (i % 2 === 0) connection.sendShared(shareMessages([bytes]));
      else connection.send(bytes);
    });
    connection.ws.ping();
    connection.sendShared(shareMessages([message(1, 7)]));
    while (received.length < sent.length + 1)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(received.map((data) => [data.length, data[0]])).toEqual([
      ...sent.map((bytes) => [bytes.length, bytes[0]]),
      [1, 7],
    ]);
    expect(
      received.every((data, i) => data.equals(i < sent.length ? sent[i]! : message(1, 7))),
    ).toBe(true);
  });
});
