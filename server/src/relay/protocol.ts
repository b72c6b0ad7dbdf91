/**
 * The y-websocket wire protocol, as the stock `WebsocketProvider` speaks it.
 *
 * One WebSocket per document (room); the room name is the URL path after `/sync/`. Every
 * message is one binary frame: a varUint message type followed by its body (lib0 encoding).
 *
 *   0 sync             varUint sync type, then varUint8Array payload (y-protocols/sync):
 *                        0 step 1   the sender's state vector: "send me what I lack"
 *                        1 step 2   an update with everything the receiver lacked
 *                        2 update   an update made after the sync
 *   1 awareness        varUint8Array awareness update (y-protocols/awareness): presence
 *   2 auth             server → client only (permission denied); unused here
 *   3 query awareness  no body: "send me every awareness state you know"
 *
 * A client opens with sync step 1 (and its awareness state). The server answers with step 2 and
 * its own step 1; the client answers that with its step 2, which carries the edits the client
 * made while it was offline. From then on both sides send updates as they happen.
 *
 * This module only decodes and encodes; what the relay does with a message lives in
 * `Sockets.ts` and the handlers it calls, the body of a presence message is read by
 * `presenceCodec.ts`. Decoding is strict: trailing bytes, an unknown type or a broken state
 * vector make the whole message malformed, and the connection is closed with 4400.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
} as const;

export type ClientMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  /** A sync step 2 or an update: both carry a Yjs update to apply. */
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' };

export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError';
}

/** Decodes one client message; throws `MalformedMessageError` for anything else. */
export function decodeClientMessage(bytes: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(bytes);
    const message = readMessage(decoder);
    if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes');
    return message;
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError(error instanceof Error ? error.message : String(error));
  }
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.Sync: {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      switch (syncType) {
        case syncProtocol.messageYjsSyncStep1:
          Y.decodeStateVector(payload); // [1]
          return { type: 'sync-step-1', stateVector: payload };
        case syncProtocol.messageYjsSyncStep2:
        case syncProtocol.messageYjsUpdate:
          return { type: 'update', update: payload };
        default:
          throw new MalformedMessageError(`unknown sync message type ${syncType}`);
      }
    }
    case MessageType.Awareness:
      return { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
    case MessageType.QueryAwareness:
      return { type: 'query-awareness' };
    default:
      throw new MalformedMessageError(`unexpected message type ${type}`);
  }
}

/** A sync message whose body `write` encodes. */
function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Sync step 1: our state vector, so the client sends what we lack. */
export const encodeSyncStep1 = (doc: Y.Doc): Uint8Array =>
  syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, doc));

/** Sync step 2: everything in `doc` that a peer with `stateVector` lacks. */
export const encodeSyncStep2 = (doc: Y.Doc, stateVector: Uint8Array): Uint8Array =>
  syncMessage((encoder) => syncProtocol.writeSyncStep2(encoder, doc, stateVector));

/** Sync step 2 carrying an update already encoded (the whole document, for an empty peer). */
export const encodeSyncStep2Update = (update: Uint8Array): Uint8Array =>
  syncMessage((encoder) => {
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint8Array(encoder, update);
  });

/** A sync update: a change made after the sync. */
export const encodeUpdate = (update: Uint8Array): Uint8Array =>
  syncMessage((encoder) => syncProtocol.writeUpdate(encoder, update));

/*
 * [1] Decoded here only to validate it: a broken state vector would otherwise throw later, when
 *     the answer is encoded after waiting for pending writes.
 */
