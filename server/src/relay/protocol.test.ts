import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  decodeClientMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncStep2Update,
  encodeUpdate,
  MalformedMessageError,
} from './protocol.js';

function message(...parts: Array<(encoder: encoding.Encoder) => void>): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const part of parts) part(encoder);
  return encoding.toUint8Array(encoder);
}

describe('decodeClientMessage', () => {
  it('reads the messages the stock client sends', () => {
    const doc = new Y.Doc();
    doc.getMap('m').set('a', 1);
    const update = Y.encodeStateAsUpdate(doc);
    expect(decodeClientMessage(encodeSyncStep1(doc))).toEqual({
      type: 'sync-step-1',
      stateVector: Y.encodeStateVector(doc),
    });
    expect(decodeClientMessage(encodeUpdate(update))).toEqual({ type: 'update', update });
    expect(decodeClientMessage(bytes(3))).toEqual({ type: 'query-awareness' });
  });

  it.each([
    ['an empty message', []],
    ['an unknown message type', [7]],
    ['an auth message (server to client only)', [2, 0, 0]],
    ['an unknown sync type', [0, 5, 0]],
    ['a truncated update', [0, 2, 10, 1, 2]],
    ['a broken state vector', [0, 0, 3, 1, 200, 200]],
    ['trailing bytes', [3, 0]],
  ])('refuses %s', (_name, values) => {
    expect(() => decodeClientMessage(bytes(...values))).toThrow(MalformedMessageError);
  });

  it('accepts a well-formed awareness message without interpreting it', () => {
    const body = bytes(1, 2, 3);
    const awareness = message(
      (e) => encoding.writeVarUint(e, 1),
      (e) => encoding.writeVarUint8Array(e, body),
    );
    expect(decodeClientMessage(awareness)).toEqual({ type: 'awareness', update: body });
  });
});

function bytes(...values: number[]): Uint8Array {
  return new Uint8Array(values);
}

describe('sync step 2 from an encoded update', () => {
  it('is the same message as the step 2 for a peer with nothing', () => {
    const doc = new Y.Doc();
    doc.getArray('records').push([{ key: 'a', val: 1 }]);
    const empty = Y.encodeStateVector(new Y.Doc());
    expect(encodeSyncStep2Update(Y.encodeStateAsUpdate(doc))).toEqual(encodeSyncStep2(doc, empty));
  });
});
