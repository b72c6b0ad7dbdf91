import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Room } from './Room.js';

/** Applies an edit of another client to the room's doc, as the relay would. */
function edit(room: Room, key: string, text: string): void {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(room.doc));
  other.getArray<unknown>('records').push([{ key, val: text }]);
  Y.applyUpdate(room.doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(room.doc)));
}

const asJson = (doc: Y.Doc) => doc.getArray('records').toJSON();

describe('WholeState', () => {
  it('gives a newcomer the document as one encoded state plus the updates since', async () => {
    const room = new Room('AbCdEfGhIjKlMnOpQrSt_-', () => {});
    await room.ready;
    edit(room, 'a', 'x'.repeat(10_000));
    const first = room.wholeState.encode();
    edit(room, 'b', 'kort');
    edit(room, 'c', 'ook kort');
    const parts = room.wholeState.parts();
    expect(parts[0]).toBe(first); // not encoded again
    expect(parts).toHaveLength(3);
    const newcomer = new Y.Doc();
    for (const part of parts) Y.applyUpdate(newcomer, part);
    expect(asJson(newcomer)).toEqual(asJson(room.doc));
    // Readers and compaction get it exact, in one piece.
    const exact = new Y.Doc();
    Y.applyUpdate(exact, room.wholeState.encode());
    expect(asJson(exact)).toEqual(asJson(room.doc));
    expect(room.wholeState.parts()).toHaveLength(1);
  });

  it('encodes again once the updates since are a large share of the state', async () => {
    const room = new Room('AbCdEfGhIjKlMnOpQrSt_-', () => {});
    await room.ready;
    edit(room, 'a', 'klein');
    room.wholeState.encode();
    edit(room, 'b', 'x'.repeat(10_000));
    expect(room.wholeState.parts()).toHaveLength(1);
    room.destroy();
  });
});
