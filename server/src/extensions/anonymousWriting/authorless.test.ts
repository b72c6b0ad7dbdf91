import { CONTENT_RECORDS, Markers } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { YKeyValue } from 'y-utility/y-keyvalue';
import * as Y from 'yjs';
import { insertsAuthor, namesAuthor, removeAuthors } from './authorless.js';

const kaart = (id: string, author: string) => ({
  id,
  typeName: 'shape',
  type: 'werkbord-kaart',
  props: { text: 'Iets', author, createdAt: 1 },
});
const records = (doc: Y.Doc) =>
  new YKeyValue<unknown>(doc.getArray<{ key: string; val: unknown }>(CONTENT_RECORDS));

/** What a client sends when it sets `record` on a copy of `doc`. */
function setOn(doc: Y.Doc, record: { id: string }): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  records(copy).set(record.id, record);
  return Y.encodeStateAsUpdate(copy, before);
}

describe('authorless cards', () => {
  it('knows a record that names its author', () => {
    expect(namesAuthor(kaart('shape:a', 'Anna'))).toBe(true);
    expect(namesAuthor(kaart('shape:a', ''))).toBe(false);
    expect(namesAuthor({ typeName: 'shape', props: { author: 7 } })).toBe(false);
    expect(namesAuthor({ typeName: 'binding', props: { author: 'Anna' } })).toBe(false);
    expect(namesAuthor({ typeName: 'shape', type: 'geo', props: {} })).toBe(false);
    expect(namesAuthor(null)).toBe(false);
  });

  it('reads from an update whether it writes a card with an author', () => {
    const doc = new Y.Doc();
    records(doc).set('shape:old', kaart('shape:old', 'Anna'));
    expect(insertsAuthor(setOn(doc, kaart('shape:new', 'Bram')))).toBe(true);
    expect(insertsAuthor(setOn(doc, kaart('shape:new', '')))).toBe(false);
    // Taking the name off an existing card deletes the named entry: that is not writing one.
    expect(insertsAuthor(setOn(doc, kaart('shape:old', '')))).toBe(false);
    expect(() => insertsAuthor(new Uint8Array([1, 2, 3]))).toThrow();
  });

  it('takes every author off in one write, keeping the rest of each card', () => {
    const doc = new Y.Doc();
    records(doc).set('shape:a', kaart('shape:a', 'Anna'));
    records(doc).set('shape:b', kaart('shape:b', ''));
    records(doc).set('shape:c', kaart('shape:c', 'Chaimae'));
    let writes = 0;
    const write = (change: () => void) => {
      writes++;
      doc.transact(change);
    };
    expect(removeAuthors(doc, write)).toBe(2);
    expect(writes).toBe(1);
    const after = records(doc);
    expect(after.get('shape:a')).toEqual(kaart('shape:a', ''));
    expect(after.get('shape:c')).toEqual(kaart('shape:c', ''));
    expect(doc.getArray(CONTENT_RECORDS).length).toBe(3);
    expect(removeAuthors(doc, write)).toBe(0);
    expect(writes).toBe(1);
  });

  it('takes a marker’s name, colour and user id off, and leaves an anonymous one be', () => {
    const marker = (id: string, owner: string, author: string, colour: string) => ({
      id,
      typeName: 'shape',
      type: 'werkbord-markering',
      props: { owner, author, colour, meter: 'nu', createdAt: 1 },
    });
    const grey = Markers.ANONYMOUS_MARKER_COLOUR;
    expect(namesAuthor(marker('shape:m', 'user-anna', '', '#c92a2a'))).toBe(true);
    expect(namesAuthor(marker('shape:m', 'user-anna', '', grey))).toBe(false);
    const doc = new Y.Doc();
    records(doc).set('shape:a', marker('shape:a', 'user-anna', 'Anna', '#c92a2a'));
    records(doc).set('shape:b', marker('shape:b', 'anon-bram', '', grey));
    const write = (change: () => void) => doc.transact(change);
    expect(removeAuthors(doc, write, (owner) => `anon-of-${owner}`)).toBe(1);
    expect(records(doc).get('shape:a')).toEqual(marker('shape:a', 'anon-of-user-anna', '', grey));
    expect(records(doc).get('shape:b')).toEqual(marker('shape:b', 'anon-bram', '', grey));
  });
});
