import { CONTENT_RECORDS } from '@werkbord/shared';
import type { TLRecord } from 'tldraw';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RecordKeyValue } from '../sync/RecordKeyValue';
import type { StoreSide } from '../sync/RecordRouter';
import { createPrivateRouter } from './privateRouter';

const shape = (id: string) =>
  ({ id, typeName: 'shape', type: 'note', parentId: 'page:page' }) as unknown as TLRecord;
const recordsOf = () => new RecordKeyValue<TLRecord>(new Y.Doc().getArray(CONTENT_RECORDS));

/** The router on its own, with a store that only remembers what it was given. */
function routed(writing: boolean) {
  const content = recordsOf();
  const mine = recordsOf();
  const inStore = new Map<string, TLRecord>();
  const side: StoreSide = {
    content,
    isDocumentRecord: (key, value): value is TLRecord => (value as TLRecord)?.id === key,
    has: (id) => inStore.has(id),
    put: (records) => records.forEach((record) => inStore.set(record.id, record)),
    remove: (ids) => ids.forEach((id) => inStore.delete(id)),
  };
  const router = createPrivateRouter({ records: mine, isWriting: () => writing });
  const stop = router.connect(side);
  return { router, mine, inStore, stop };
}

describe('the private router', () => {
  it('takes a card made while private writing is on to the private document', () => {
    const { router, mine, stop } = routed(true);
    const card = shape('shape:a');
    router.created([card]);
    const rest = router.take([[card.id, card]]);
    expect(rest).toEqual([]);
    expect(mine.get(card.id)).toMatchObject({ id: 'shape:a' });
    expect(router.keeps(card.id)).toBe(true);
    stop();
  });

  it('leaves everything to the content document while private writing is off', () => {
    const { router, mine, stop } = routed(false);
    const card = shape('shape:b');
    router.created([card]);
    const batch = [[card.id, card]] as const;
    expect(router.take(batch)).toBe(batch);
    expect(mine.has(card.id)).toBe(false);
    expect(router.keeps(card.id)).toBe(false);
    stop();
  });

  it('puts the private document’s cards in the store when it connects', () => {
    const mineBefore = recordsOf();
    mineBefore.set('shape:c', shape('shape:c'));
    const inStore = new Map<string, TLRecord>();
    const router = createPrivateRouter({ records: mineBefore, isWriting: () => false });
    const stop = router.connect({
      content: recordsOf(),
      isDocumentRecord: (key, value): value is TLRecord => (value as TLRecord)?.id === key,
      has: (id) => inStore.has(id),
      put: (records) => records.forEach((record) => inStore.set(record.id, record)),
      remove: () => {},
    });
    expect([...inStore.keys()]).toEqual(['shape:c']);
    stop();
  });
});
