import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  judgeUpdateCost,
  MAX_CLIENTS_PER_UPDATE,
  MAX_VALUE_DEPTH,
  withinDepth,
} from './updateCost.js';

/** The updates `change` makes on `doc`, merged, as the client would send them. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on('update', collect);
  change();
  doc.off('update', collect);
  return Y.mergeUpdates(updates);
}

function inStep(server: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
  return doc;
}

const records = (doc: Y.Doc) => doc.getArray<unknown>('records');

describe('judgeUpdateCost', () => {
  it('passes an honest edit, deletion and step 2', () => {
    const server = new Y.Doc();
    const client = inStep(server);
    const add = updateOf(client, () => records(client).push([{ key: 'a', val: { x: 1 } }]));
    expect(judgeUpdateCost(add, server).status).toBe('ok');
    Y.applyUpdate(server, add);
    const remove = updateOf(client, () => records(client).delete(0, 1));
    expect(judgeUpdateCost(remove, server).status).toBe('ok');
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(judgeUpdateCost(step2, server).status).toBe('ok');
  });

  it('tells updates that add content from those that only delete', () => {
    const server = new Y.Doc();
    const client = inStep(server);
    const add = updateOf(client, () => records(client).push([{ key: 'a', val: 1 }]));
    Y.applyUpdate(server, add);
    const remove = updateOf(client, () => records(client).delete(0, 1));
    expect(judgeUpdateCost(add, new Y.Doc())).toEqual({ status: 'ok', addsContent: true });
    expect(judgeUpdateCost(remove, server)).toEqual({ status: 'ok', addsContent: false });
    // A card added and deleted again before it reached the server travels as a bare length.
    const other = inStep(server);
    const both = updateOf(other, () => {
      records(other).push([{ key: 'kort', val: 'x'.repeat(1000) }]);
      records(other).delete(records(other).length - 1, 1);
    });
    expect(
      judgeUpdateCost(Y.encodeStateAsUpdate(other, Y.encodeStateVector(server)), server),
    ).toEqual({
      status: 'ok',
      addsContent: false,
    });
    expect(judgeUpdateCost(both, server).status).toBe('ok');
  });

  it('finds an update made after one the server did not apply, and a deletion of it', () => {
    const server = new Y.Doc();
    const client = inStep(server);
    const refused = updateOf(client, () => records(client).push([{ key: 'b', val: 1 }]));
    const next = updateOf(client, () => records(client).push([{ key: 'c', val: 2 }]));
    const deletion = updateOf(client, () => records(client).delete(0, 1));
    expect(judgeUpdateCost(refused, server).status).toBe('ok');
    expect(judgeUpdateCost(next, server).status).toBe('missing');
    expect(judgeUpdateCost(deletion, server).status).toBe('missing');
    // The client's step 2 carries all of it, and builds on nothing the server lacks.
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(judgeUpdateCost(step2, server).status).toBe('ok');
  });

  it('finds a struct whose origin another client has and the server lacks', () => {
    const server = new Y.Doc();
    const other = inStep(server);
    records(other).push([{ key: 'x', val: 1 }]);
    const client = inStep(other); // saw the other's edit, which the server lacks
    const after = updateOf(client, () => records(client).push([{ key: 'y', val: 2 }]));
    expect(judgeUpdateCost(after, server).status).toBe('missing');
  });

  it('finds a delete set naming items nobody has', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 4242);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 10);
    encoding.writeVarUint(encoder, 5);
    expect(judgeUpdateCost(encoding.toUint8Array(encoder), new Y.Doc()).status).toBe('missing');
  });

  it('refuses values nested deeper than the limit, and structs of too many clients', () => {
    const deep = new Y.Doc();
    let value: unknown = 1;
    for (let i = 0; i < MAX_VALUE_DEPTH + 1; i++) value = { v: value };
    records(deep).push([{ key: 'diep', val: value }]);
    expect(judgeUpdateCost(Y.encodeStateAsUpdate(deep), new Y.Doc())).toEqual({
      status: 'refused',
      reason: 'too deep',
    });
    const many = Array.from({ length: MAX_CLIENTS_PER_UPDATE + 1 }, (_, i) => {
      const doc = new Y.Doc();
      doc.clientID = i + 1;
      records(doc).push([i]);
      return Y.encodeStateAsUpdate(doc);
    });
    expect(judgeUpdateCost(Y.mergeUpdates(many), new Y.Doc())).toEqual({
      status: 'refused',
      reason: 'too many clients',
    });
  });

  it('throws for an update that cannot be decoded', () => {
    expect(() => judgeUpdateCost(new Uint8Array([1, 2, 3, 4, 5]), new Y.Doc())).toThrow();
  });
});

describe('withinDepth', () => {
  it('measures arrays and objects without recursing, bytes and strings as leaves', () => {
    expect(withinDepth({ a: [1, { b: 'x' }] }, 3)).toBe(true);
    expect(withinDepth({ a: [1, { b: 'x' }] }, 2)).toBe(false);
    expect(withinDepth(new Uint8Array(4), 0)).toBe(true);
    let deep: unknown = 0;
    for (let i = 0; i < 500_000; i++) deep = [deep];
    expect(withinDepth(deep, MAX_VALUE_DEPTH)).toBe(false);
  });
});
