import { CONTENT_RECORDS } from '@werkbord/shared';
import { createShapeId, createTLStore, defaultBindingUtils, type TLRecord } from 'tldraw';
import { describe, expect, it } from 'vitest';
import { RecordKeyValue } from '../sync/RecordKeyValue';
import * as Y from 'yjs';
import { SHAPE_UTILS } from '../shapes/boardShapes';
import { DEFAULT_PAGE_ID, FLUSH_INTERVAL_MS, bindStoreToDocument } from '../sync/storeBinding';
import { createPrivateRouter } from './privateRouter';

const GRACE_MS = 150;
const afterFlush = () => new Promise((resolve) => setTimeout(resolve, FLUSH_INTERVAL_MS * 2));
const afterGrace = () => new Promise((resolve) => setTimeout(resolve, GRACE_MS * 2));

/**
 * Anna (with a private document) and Bram (without) on one board; their content documents are
 * linked like the relay links them. `server` writes into Anna's documents as the server would.
 */
function board() {
  const contentA = new Y.Doc();
  const contentB = new Y.Doc();
  contentA.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'relay') Y.applyUpdate(contentB, update, 'relay');
  });
  contentB.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'relay') Y.applyUpdate(contentA, update, 'relay');
  });
  const privateA = new Y.Doc();
  const writing = { on: true };
  const newStore = () =>
    createTLStore({ shapeUtils: SHAPE_UTILS, bindingUtils: defaultBindingUtils });
  const recordsOf = (doc: Y.Doc) => new RecordKeyValue<TLRecord>(doc.getArray(CONTENT_RECORDS));

  const anna = { store: newStore(), records: recordsOf(contentA), own: recordsOf(privateA) };
  const bind = () =>
    bindStoreToDocument({
      store: anna.store,
      records: anna.records,
      writable: true,
      router: createPrivateRouter({
        records: anna.own,
        isWriting: () => writing.on,
        revealGraceMs: GRACE_MS,
      }),
    });
  let unbindAnna = bind();
  const bram = { store: newStore(), records: recordsOf(contentB) };
  bindStoreToDocument({ store: bram.store, records: bram.records, writable: true });

  const server = {
    /** "Onthullen" as Anna receives it: the card leaves her private doc, enters the content doc. */
    removePrivate: (id: string) => privateA.transact(() => anna.own.delete(id), 'server'),
    addToContent: (record: TLRecord) =>
      contentA.transact(() => anna.records.set(record.id, record), 'server'),
  };
  /** Anna reloads: a new store from the same documents (IndexedDB keeps both). */
  const reload = () => {
    unbindAnna();
    anna.store = newStore();
    unbindAnna = bind();
  };
  return { anna, bram, server, writing, reload };
}

function addKaart(store: ReturnType<typeof createTLStore>, text = 'Idee') {
  const id = createShapeId();
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
        richText: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
        },
        scale: 1,
        textLastEditedBy: null,
      },
      meta: {},
    } as unknown as TLRecord,
  ]);
  return id;
}

describe('private writing: routing of a member’s own cards', () => {
  it('puts a card created while private writing is on in the private document only', async () => {
    const { anna, bram } = board();
    const id = addKaart(anna.store);
    await afterFlush();
    expect(anna.own.get(id)).toMatchObject({ id, type: 'note' });
    expect(anna.records.has(id)).toBe(false);
    expect(anna.store.get(id)).toBeDefined();
    expect(bram.store.get(id)).toBeUndefined();
  });

  it('keeps changes and the deletion of a private card in the private document', async () => {
    const { anna, bram, writing } = board();
    const id = addKaart(anna.store);
    await afterFlush();
    writing.on = false; // the mode ends; the card is still private
    anna.store.update(id, (shape) => ({ ...shape, x: 500 }));
    await afterFlush();
    expect(anna.own.get(id)).toMatchObject({ x: 500 });
    expect(anna.records.has(id)).toBe(false);
    anna.store.remove([id]);
    await afterFlush();
    expect(anna.own.has(id)).toBe(false);
    expect(anna.records.has(id)).toBe(false);
    expect(bram.store.get(id)).toBeUndefined();
  });

  it('writes new cards to the board again once private writing is off', async () => {
    const { anna, bram, writing } = board();
    writing.on = false;
    const id = addKaart(anna.store);
    await afterFlush();
    expect(anna.records.get(id)).toMatchObject({ id });
    expect(anna.own.has(id)).toBe(false);
    expect(bram.store.get(id)).toBeDefined();
  });

  it('sends edits of cards on the board to the board while private writing is on', async () => {
    const { anna, bram, writing } = board();
    writing.on = false;
    const id = addKaart(anna.store);
    await afterFlush();
    writing.on = true;
    anna.store.update(id, (shape) => ({ ...shape, x: 300 }));
    await afterFlush();
    expect(anna.own.has(id)).toBe(false);
    expect(bram.store.get(id)).toMatchObject({ x: 300 });
  });

  it('brings a deleted private card back as private on undo, even after the mode ended', async () => {
    const { anna, writing } = board();
    const id = addKaart(anna.store);
    await afterFlush();
    const record = anna.store.get(id) as TLRecord;
    anna.store.remove([id]);
    await afterFlush();
    writing.on = false;
    anna.store.put([record]);
    await afterFlush();
    expect(anna.own.has(id)).toBe(true);
    expect(anna.records.has(id)).toBe(false);
  });

  it('keeps private cards over a reload', async () => {
    const { anna, reload } = board();
    const id = addKaart(anna.store);
    await afterFlush();
    reload();
    expect(anna.store.get(id)).toMatchObject({ id });
  });

  it('never removes a private card because the content document deleted its id', async () => {
    const { anna, server } = board();
    const id = addKaart(anna.store);
    await afterFlush();
    const record = anna.own.get(id) as TLRecord;
    server.addToContent(record);
    anna.records.doc.transact(() => anna.records.delete(id), 'server');
    expect(anna.store.get(id)).toBeDefined();
  });

  describe('onthullen', () => {
    it('shows the card throughout when the private deletion arrives first', async () => {
      const { anna, bram, server } = board();
      const id = addKaart(anna.store);
      await afterFlush();
      const record = anna.own.get(id) as TLRecord;
      server.removePrivate(id);
      expect(anna.store.get(id)).toBeDefined();
      server.addToContent(record);
      expect(anna.store.get(id)).toBeDefined();
      expect(bram.store.get(id)).toBeDefined();
      await afterGrace();
      expect(anna.store.get(id)).toBeDefined();
      expect(anna.store.allRecords().filter((r) => r.id === id)).toHaveLength(1);
    });

    it('shows the card throughout when the content arrives first', async () => {
      const { anna, bram, server } = board();
      const id = addKaart(anna.store);
      await afterFlush();
      const record = anna.own.get(id) as TLRecord;
      server.addToContent(record);
      server.removePrivate(id);
      expect(anna.store.get(id)).toBeDefined();
      await afterGrace();
      expect(anna.store.get(id)).toBeDefined();
      expect(bram.store.get(id)).toBeDefined();
    });

    it('sends later edits of a revealed card to the board', async () => {
      const { anna, bram, server, writing } = board();
      const id = addKaart(anna.store);
      await afterFlush();
      server.addToContent(anna.own.get(id) as TLRecord);
      server.removePrivate(id);
      writing.on = false;
      anna.store.update(id, (shape) => ({ ...shape, y: 444 }));
      await afterFlush();
      expect(anna.own.has(id)).toBe(false);
      expect(bram.store.get(id)).toMatchObject({ y: 444 });
    });

    it('removes a private card deleted elsewhere once it does not show up on the board', async () => {
      const { anna, server } = board();
      const id = addKaart(anna.store);
      await afterFlush();
      server.removePrivate(id);
      expect(anna.store.get(id)).toBeDefined();
      await afterGrace();
      expect(anna.store.get(id)).toBeUndefined();
    });
  });
});
