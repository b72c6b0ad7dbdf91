import {
  createShapeId,
  createTLStore,
  defaultBindingUtils,
  type TLRecord,
  type TLStore,
} from 'tldraw';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_RECORDS } from '@werkbord/shared';
import { SHAPE_UTILS } from '../shapes/boardShapes';
import { RecordKeyValue } from './RecordKeyValue';
import { DEFAULT_PAGE_ID, FLUSH_INTERVAL_MS, bindStoreToDocument } from './storeBinding';

/** Two browsers: a store bound to a doc each, the docs linked like a relay would. */
function pair(options: { bWritable?: boolean } = {}) {
  const docA = new Y.Doc();
  const docB = new Y.Doc();
  docA.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'relay') Y.applyUpdate(docB, update, 'relay');
  });
  docB.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'relay') Y.applyUpdate(docA, update, 'relay');
  });
  const side = (doc: Y.Doc, writable: boolean) => {
    const store = createTLStore({ shapeUtils: SHAPE_UTILS, bindingUtils: defaultBindingUtils });
    const records = new RecordKeyValue<TLRecord>(doc.getArray(CONTENT_RECORDS));
    const unbind = bindStoreToDocument({ store, records, writable });
    return { store, records, unbind };
  };
  const a = side(docA, true);
  const b = side(docB, options.bWritable ?? true);
  return { a, b };
}

function addNote(store: TLStore, id = createShapeId()) {
  store.put([
    {
      id,
      typeName: 'shape',
      type: 'note',
      x: 10,
      y: 20,
      rotation: 0,
      index: 'a1',
      parentId: DEFAULT_PAGE_ID,
      isLocked: false,
      opacity: 1,
      props: {
        color: 'yellow',
        labelColor: 'black',
        size: 'm',
        font: 'draw',
        fontSizeAdjustment: null,
        align: 'middle',
        verticalAlign: 'middle',
        growY: 0,
        url: '',
        richText: { type: 'doc', content: [{ type: 'paragraph' }] },
        scale: 1,
        textLastEditedBy: null,
      },
      meta: {},
    } as unknown as TLRecord,
  ]);
  return id;
}

const afterFlush = () => new Promise((resolve) => setTimeout(resolve, FLUSH_INTERVAL_MS * 2));

describe('store ⇄ YKeyValue binding', () => {
  it('creates the default document and page once, with fixed ids, in an empty document', () => {
    const { a, b } = pair();
    expect(a.records.get('document:document')).toBeDefined();
    expect(a.records.get(DEFAULT_PAGE_ID)).toBeDefined();
    expect(b.store.get(DEFAULT_PAGE_ID)).toBeDefined();
    expect([...a.records.map.keys()].filter((key) => key.startsWith('page:'))).toEqual([
      DEFAULT_PAGE_ID,
    ]);
  });

  it('sends a local shape to the other store, one entry per record', async () => {
    const { a, b } = pair();
    const id = addNote(a.store);
    await afterFlush();
    expect(a.records.get(id)).toMatchObject({ id, type: 'note' });
    expect(b.store.get(id)).toMatchObject({ id, x: 10, y: 20 });
    a.store.update(id, (shape) => ({ ...shape, x: 99 }));
    await afterFlush();
    expect(b.store.get(id)).toMatchObject({ x: 99 });
    const entries = a.records.yarray.toArray() as Array<{ key?: string }>;
    expect(entries.filter((entry) => entry.key === id)).toHaveLength(1);
  });

  it('removes a deleted shape on the other side', async () => {
    const { a, b } = pair();
    const id = addNote(a.store);
    await afterFlush();
    b.store.remove([id]);
    await afterFlush();
    expect(a.store.get(id)).toBeUndefined();
    expect(a.records.has(id)).toBe(false);
  });

  it('keeps session records (camera, selection) out of the document', async () => {
    const { a } = pair();
    addNote(a.store);
    await afterFlush();
    const typeNames = new Set([...a.records.map.values()].map((entry) => entry.val.typeName));
    expect(typeNames.has('camera')).toBe(false);
    expect(typeNames.has('instance')).toBe(false);
    expect(typeNames.has('instance_presence')).toBe(false);
  });

  it('never writes from a read-only binding', async () => {
    const { a, b } = pair({ bWritable: false });
    const id = addNote(b.store);
    await afterFlush();
    expect(a.store.get(id)).toBeUndefined();
    const fromA = addNote(a.store);
    await afterFlush();
    expect(b.store.get(fromA)).toBeDefined();
  });

  it('flushes pending edits when unbound', () => {
    const { a, b } = pair();
    addNote(a.store);
    const second = addNote(a.store); // within the flush interval: still pending
    a.unbind();
    expect(b.store.get(second)).toBeDefined();
  });

  it('skips malformed entries and records from another browser, and keeps the rest', async () => {
    const { a, b } = pair();
    const id = addNote(b.store);
    await afterFlush();
    const badShape = { ...a.store.get(id), id: 'shape:bad', props: { richText: 42 } };
    // What a hostile or broken client can write into the shared array.
    a.records.doc
      .getArray<unknown>(CONTENT_RECORDS)
      .push([null, 17, { key: 'shape:no-value' }, { key: 'shape:bad', val: badShape }]);
    const later = addNote(b.store);
    await afterFlush();
    expect(a.store.get(id)).toBeDefined();
    expect(a.store.get(later)).toBeDefined();
    expect(a.store.has('shape:bad' as TLRecord['id'])).toBe(false);
    expect(a.records.skipped).toBe(2);
  });
});
