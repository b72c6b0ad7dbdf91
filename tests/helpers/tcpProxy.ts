/**
 * A TCP proxy on loopback in front of a real service (Redis, PostgreSQL), to take that service
 * away from one process only, the way a network does:
 * - `cut('silent')`: a partition: every byte is swallowed, connections stay open, nothing
 *   answers (the client's own time-outs must notice);
 * - `cut('refuse')`: the service is down: every connection is reset, new ones are dropped at once.
 * `restore()` ends the cut connections and lets new ones through again.
 */
import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';

export type CutMode = 'silent' | 'refuse';

export interface TcpProxy {
  /** The proxy's port on 127.0.0.1. */
  port: number;
  cut(mode: CutMode): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  let mode: CutMode | null = null;
  const pairs = new Set<[Socket, Socket | null]>();
  const server = createServer((client) => {
    client.on('error', () => undefined);
    if (mode === 'refuse') return void client.resetAndDestroy();
    const pair: [Socket, Socket | null] = [client, null];
    pairs.add(pair);
    client.on('close', () => pairs.delete(pair));
    // Swallowed for as long as the cut lasts.
    if (mode === 'silent') return void client.resume();
    const upstream = connect({ host: targetHost, port: targetPort });
    pair[1] = upstream;
    upstream.on('error', () => client.destroy());
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
    client.on('data', (chunk: Buffer) => mode === null && upstream.write(chunk));
    upstream.on('data', (chunk: Buffer) => mode === null && client.write(chunk));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  const endAll = (reset: boolean) => {
    for (const [client, upstream] of pairs) {
      upstream?.destroy();
      if (reset) client.resetAndDestroy();
      else client.destroy();
    }
    pairs.clear();
  };
  return {
    port,
    cut(how) {
      mode = how;
      if (how === 'refuse') endAll(true);
    },
    restore() {
      mode = null;
      endAll(false);
    },
    async close() {
      endAll(false);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
