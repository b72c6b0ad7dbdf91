/**
 * A broadcast framed once. `ws` frames every `send` on its own: a header per receiver, then the
 * header and the payload corked and written as two chunks. A room's broadcast is the same bytes
 * for every receiver (a server never masks its frames, RFC 6455 §5.1), so it is framed here once,
 * as one buffer, and that buffer is written to each receiver's socket. [1]
 */
import { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';

/** FIN set, opcode 2 (binary): one whole binary message. */
const FIN_BINARY = 0x82;

/**
 * Messages for many receivers: the messages, and the same messages as WebSocket frames, one
 * after the other in one buffer (one socket write).
 */
export interface SharedMessage {
  messages: readonly Uint8Array[];
  frames: Uint8Array;
}

export function shareMessages(messages: readonly Uint8Array[]): SharedMessage {
  const frames = messages.map(frameBinary);
  return { messages, frames: frames.length === 1 ? frames[0]! : Buffer.concat(frames) };
}

/** `message` as one unmasked, unfragmented binary frame (RFC 6455 §5.2). */
export function frameBinary(message: Uint8Array): Uint8Array {
  const length = message.length;
  const headerBytes = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerBytes + length);
  frame[0] = FIN_BINARY;
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(message, headerBytes);
  return frame;
}

/**
 * The socket `ws` reads and writes, to write frames to directly; `null` when it cannot be found
 * (then the connection sends through `ws` as usual). [2]
 */
export function rawSocketOf(ws: WebSocket): Duplex | null {
  const socket = (ws as unknown as { _socket?: unknown })._socket;
  return socket instanceof Duplex ? socket : null;
}

/*
 * [1] At 20 rooms × 25 clients a server writes 24 frames per update received; `ws.send` spent
 *     about a fifth of each delivery's CPU on framing and corking, the rest in the write itself.
 * [2] `_socket` is `ws`'s own field (8.x). Writing to it is safe while `ws` queues nothing of
 *     its own in front: it queues only while compressing (permessage-deflate is off here, the
 *     `ws` server default) or reading a Blob (never sent here); pings and the closing frame are
 *     written to the same socket in call order. `broadcastFrame.test.ts` checks that a stock
 *     client reads such frames between ordinary sends.
 */
