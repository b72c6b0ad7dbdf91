/**
 * A hand-driven y-websocket peer over a bare `ws` socket: it records every message the server
 * sends, decoded just enough to tell sync steps, updates and awareness apart.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { openRawSocket, type RawSocket } from './rawSocket.js';
import { waitFor } from './waitFor.js';

export type ReceivedKind = 'sync-step-1' | 'sync-step-2' | 'update' | 'awareness' | 'other';

export interface Received {
  kind: ReceivedKind;
  /** The whole message's size. */
  bytes: number;
  /** The Yjs update of a step 2 or update. */
  update?: Uint8Array;
}

export interface RawSyncClient extends RawSocket {
  received: Received[];
  sendSyncStep1(doc?: Y.Doc): void;
  sendQueryAwareness(): void;
  /** Waits until a message of `kind` arrives after the first `after` messages. */
  waitFor(kind: ReceivedKind, after?: number): Promise<Received>;
}

export async function openRawSyncClient(url: string): Promise<RawSyncClient> {
  const received: Received[] = [];
  const socket = await openRawSocket(url, {
    onMessage: (data) => received.push(decode(new Uint8Array(data))),
  });
  return {
    ...socket,
    received,
    sendSyncStep1(doc = new Y.Doc()) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
      socket.ws.send(encoding.toUint8Array(encoder));
    },
    sendQueryAwareness() {
      socket.ws.send(new Uint8Array([3]));
    },
    async waitFor(kind, after = 0) {
      const find = () => received.slice(after).find((message) => message.kind === kind);
      await waitFor(`a ${kind} message`, () => find() !== undefined);
      return find() as Received;
    },
  };
}

function decode(bytes: Uint8Array): Received {
  const decoder = decoding.createDecoder(bytes);
  const type = decoding.readVarUint(decoder);
  if (type === 1) return { kind: 'awareness', bytes: bytes.length };
  if (type !== 0) return { kind: 'other', bytes: bytes.length };
  const syncType = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (syncType === 0) return { kind: 'sync-step-1', bytes: bytes.length };
  return {
    kind: syncType === 1 ? 'sync-step-2' : 'update',
    bytes: bytes.length,
    update: payload,
  };
}
