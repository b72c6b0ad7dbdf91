import { CONTENT_RECORDS } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { YKeyValue } from 'y-utility/y-keyvalue';
import * as Y from 'yjs';
import { movePrivateRecords } from './reveal.js';
import { FROM_SERVER } from '../../relay/serverWrite.js';

const records = (doc: Y.Doc) =>
  new YKeyValue<unknown>(doc.getArray<{ key: string; val: unknown }>(CONTENT_RECORDS));
const card = (id: string, text: string) => ({ id, typeName: 'shape', x: 10, props: { text } });
const keysOf = (doc: Y.Doc) =>
  doc
    .getArray<{ key: string }>(CONTENT_RECORDS)
    .toArray()
    .map((entry) => entry.key);

describe('movePrivateRecords', () => {
  it('moves cards and bindings onto the board once, and out of the private documents', () => {
    const content = new Y.Doc();
    records(content).set('shape:bestaand', card('shape:bestaand', 'op het bord'));
    const anna = new Y.Doc();
    records(anna).set('shape:a', card('shape:a', 'van Anna'));
    records(anna).set('binding:a', { id: 'binding:a', typeName: 'binding' });
    records(anna).set('page:page', { id: 'page:page', typeName: 'page' });
    const bram = new Y.Doc();
    records(bram).set('shape:b', card('shape:b', 'van Bram'));
    records(bram).set('shape:bestaand', card('shape:bestaand', 'dubbel'));
    records(bram).set('shape:fout', card('shape:anders', 'id klopt niet'));

    const origins: unknown[] = [];
    for (const doc of [content, anna, bram]) {
      doc.on('update', (_: Uint8Array, origin: unknown) => origins.push(origin));
    }
    expect(movePrivateRecords(content, [anna, bram])).toBe(3);
    expect(keysOf(content)).toEqual(['shape:bestaand', 'shape:a', 'binding:a', 'shape:b']);
    expect(records(content).get('shape:a')).toEqual(card('shape:a', 'van Anna'));
    expect(records(content).get('shape:bestaand')).toEqual(card('shape:bestaand', 'op het bord'));
    expect(keysOf(anna)).toEqual(['page:page']);
    expect(keysOf(bram)).toEqual(['shape:fout']);
    expect(origins).toEqual([FROM_SERVER, FROM_SERVER, FROM_SERVER]);

    origins.length = 0;
    expect(movePrivateRecords(content, [anna, bram])).toBe(0);
    expect(origins).toEqual([]);
  });

  it('takes the rightmost of duplicate entries, and deletes them all', () => {
    const content = new Y.Doc();
    const anna = new Y.Doc();
    const array = anna.getArray<{ key: string; val: unknown }>(CONTENT_RECORDS);
    array.push([
      { key: 'shape:a', val: card('shape:a', 'oud') },
      { key: 'shape:a', val: card('shape:a', 'nieuw') },
    ]);
    expect(movePrivateRecords(content, [anna])).toBe(1);
    expect(records(content).get('shape:a')).toEqual(card('shape:a', 'nieuw'));
    expect(array.length).toBe(0);
  });
});
