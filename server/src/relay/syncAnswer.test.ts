import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { knowsLittleOf } from './syncAnswer.js';

describe('knowsLittleOf', () => {
  it('knows when a peer has little of the doc: the whole document serves it', () => {
    const doc = new Y.Doc();
    doc.getArray('records').push(Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, val: i })));
    const stranger = new Y.Doc();
    stranger.getArray('records').push([{ key: 'eigen', val: 2 }]);
    expect(knowsLittleOf(doc, Y.encodeStateVector(new Y.Doc()))).toBe(true);
    expect(knowsLittleOf(doc, Y.encodeStateVector(stranger))).toBe(true);
    // A client with its own edit in the doc, and little else.
    const own = new Y.Doc();
    own.getArray('records').push([{ key: 'mijn', val: 1 }]);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(own));
    expect(knowsLittleOf(doc, Y.encodeStateVector(own))).toBe(true);
    const whole = new Y.Doc();
    Y.applyUpdate(whole, Y.encodeStateAsUpdate(own));
    Y.applyUpdate(whole, Y.encodeStateAsUpdate(doc)); // what it has twice is ignored
    expect(whole.getArray('records').toJSON()).toEqual(doc.getArray('records').toJSON());
    expect(knowsLittleOf(doc, Y.encodeStateVector(doc))).toBe(false);
  });
});
