import { CONTENT_RECORDS } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { YKeyValue } from 'y-utility/y-keyvalue';
import * as Y from 'yjs';
import { changesNothing, isEmptyUpdate, touchedKey } from './updateInspection.js';

/** A client doc in step with `server`, with its records wrapped as the client wraps them. */
function clientOf(server: Y.Doc): { doc: Y.Doc; records: YKeyValue<unknown> } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
  return { doc, records: new YKeyValue(doc.getArray(CONTENT_RECORDS)) };
}

/** The update `change` makes on `doc`, as the client would send it. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on('update', collect);
  change();
  doc.off('update', collect);
  return Y.mergeUpdates(updates);
}

/** A server doc holding cards `a`, `b` and `c`, written by another client. */
function serverWithCards(): Y.Doc {
  const server = new Y.Doc();
  const writer = clientOf(server);
  writer.doc.transact(() => {
    for (const key of ['a', 'b', 'c']) writer.records.set(key, { text: key });
  });
  Y.applyUpdate(server, Y.encodeStateAsUpdate(writer.doc));
  return server;
}

const locked = (...keys: string[]) => new Set(keys);

describe('touchedKey', () => {
  it('finds a locked card that an update changes (its new entry and its deleted old one)', () => {
    const server = serverWithCards();
    const client = clientOf(server);
    const update = updateOf(client.doc, () => client.records.set('b', { text: 'anders' }));
    expect(touchedKey(update, server, locked('b'))).toBe('b');
  });

  it('finds the deletion of a locked card from the delete set alone', () => {
    const server = serverWithCards();
    const client = clientOf(server);
    const update = updateOf(client.doc, () => client.records.delete('b'));
    expect(Y.decodeUpdate(update).structs).toHaveLength(0);
    expect(touchedKey(update, server, locked('b'))).toBe('b');
  });

  it('finds a new entry under a locked key', () => {
    const server = new Y.Doc();
    const client = clientOf(server);
    const update = updateOf(client.doc, () => client.records.set('nieuw', { text: 'x' }));
    expect(touchedKey(update, server, locked('nieuw'))).toBe('nieuw');
  });

  it('lets changes and deletions of other cards through', () => {
    const server = serverWithCards();
    const client = clientOf(server);
    const update = updateOf(client.doc, () => {
      client.records.set('a', { text: 'anders' });
      client.records.delete('c');
      client.records.set('d', { text: 'nieuw' });
    });
    expect(touchedKey(update, server, locked('b'))).toBeNull();
  });

  it('looks only at the deleted part of an item that holds several cards', () => {
    // a, b and c were written in one transaction: one item with three entries.
    const server = serverWithCards();
    const [item] = [...server.store.clients.values()][0] ?? [];
    expect(item?.length).toBe(3);
    const client = clientOf(server);
    const deleteA = updateOf(client.doc, () => client.records.delete('a'));
    expect(touchedKey(deleteA, server, locked('b'))).toBeNull();
    const deleteB = updateOf(client.doc, () => client.records.delete('b'));
    expect(touchedKey(deleteB, server, locked('b'))).toBe('b');
  });

  it("ignores a step 2's delete set entries that are already deleted", () => {
    // b was changed before it was locked: its old entry is deleted on the server already.
    const server = serverWithCards();
    const editor = clientOf(server);
    Y.applyUpdate(
      server,
      updateOf(editor.doc, () => editor.records.set('b', { text: 'v2' })),
    );
    const reconnecting = clientOf(server);
    const step2 = Y.encodeStateAsUpdate(reconnecting.doc, Y.encodeStateVector(server));
    expect(Y.decodeUpdate(step2).ds.clients.size).toBeGreaterThan(0);
    expect(touchedKey(step2, server, locked('b'))).toBeNull();
  });

  it('throws for an update that cannot be decoded', () => {
    expect(() => touchedKey(new Uint8Array([9, 9, 9]), new Y.Doc(), locked('a'))).toThrow();
  });
});

describe('changesNothing', () => {
  it("is true for a reconnecting client's step 2 that only repeats deletions", () => {
    const server = serverWithCards();
    const editor = clientOf(server);
    Y.applyUpdate(
      server,
      updateOf(editor.doc, () => editor.records.delete('a')),
    );
    const reader = clientOf(server);
    const step2 = Y.encodeStateAsUpdate(reader.doc, Y.encodeStateVector(server));
    expect(changesNothing(step2, server)).toBe(true);
  });

  it('is false for a new entry and for a new deletion', () => {
    const server = serverWithCards();
    const client = clientOf(server);
    const insert = updateOf(client.doc, () => client.records.set('d', {}));
    expect(changesNothing(insert, server)).toBe(false);
    const other = clientOf(server);
    const deletion = updateOf(other.doc, () => other.records.delete('a'));
    expect(changesNothing(deletion, server)).toBe(false);
  });
});

describe('isEmptyUpdate', () => {
  it('recognises the step 2 of a client with nothing new', () => {
    const doc = new Y.Doc();
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc)))).toBe(true);
    doc.getMap('m').set('a', 1);
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(doc))).toBe(false);
  });
});
