import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Storage } from '../storage/Storage.js';
import { Room } from './Room.js';

const emptyStorage = {
  loadDocument: async () => ({ state: null, stateSeq: 0, updates: [], lastSeq: 0 }),
} as unknown as Storage;

/** Applies an edit of another client to the room's doc, as the relay would. */
function edit(room: Room, key: string, text: string): void {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(room.doc));
  other.getArray<unknown>('records').push([{ key, val: text }]);
  Y.applyUpdate(room.doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(room.doc)));
}

const asJson = (doc: Y.Doc) => doc.getArray('records').toJSON();

describe('Room whole state', () => {
  it('gives a newcomer the document as one encoded state plus the updates since', async () => {
    const room = new Room('AbCdEfGhIjKlMnOpQrSt_-', emptyStorage, () => {});
    await room.ready;
    edit(room, 'a', 'x'.repeat(10_000));
    const first = room.wholeState();
    edit(room, 'b', 'kort');
    edit(room, 'c', 'ook kort');
    const parts = room.wholeStateParts();
    expect(parts[0]).toBe(first); // not encoded again
    expect(parts).toHaveLength(3);
    const newcomer = new Y.Doc();
    for (const part of parts) Y.applyUpdate(newcomer, part);
    expect(asJson(newcomer)).toEqual(asJson(room.doc));
    // Readers and compaction get it exact, in one piece.
    const exact = new Y.Doc();
    Y.applyUpdate(exact, room.wholeState());
    expect(asJson(exact)).toEqual(asJson(room.doc));
    expect(room.wholeStateParts()).toHaveLength(1);
  });

  it('encodes again once the updates since are a large share of the state', async () => {
    const room = new Room('AbCdEfGhIjKlMnOpQrSt_-', emptyStorage, () => {});
    await room.ready;
    edit(room, 'a', 'klein');
    room.wholeState();
    edit(room, 'b', 'x'.repeat(10_000));
    expect(room.wholeStateParts()).toHaveLength(1);
    room.destroy();
  });
});
