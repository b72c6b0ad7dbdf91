/**
 * "Privé schrijven" in the store binding: this member's private cards live in their private
 * document, nobody else's store has them, and this store shows both documents. Where each edit
 * goes is decided by `recordRouting.ts`; this keeps the state those decisions need.
 */
import type { TLRecord } from 'tldraw';
import type { RecordKeyValue } from '../sync/RecordKeyValue';
import type { RecordRouter, StoreSide } from '../sync/RecordRouter';
import { LOCAL_ORIGIN, writeBatch, type RecordBatch } from '../sync/writeBatch';
import { Destination, createsPrivately, destinationOf } from './recordRouting';

/**
 * How long a card the server took out of the private document may wait for its arrival in the
 * content document ("onthullen": two documents, two sockets, any order) before it leaves the store.
 */
export const REVEAL_GRACE_MS = 3_000;

export interface PrivateRouterOptions {
  /** The member's private document's records, laid out as in the content document. */
  records: RecordKeyValue<TLRecord>;
  /** Whether "privé schrijven" is on now: new cards go to the private document. */
  isWriting: () => boolean;
  /** `REVEAL_GRACE_MS`, shorter in tests. */
  revealGraceMs?: number;
}

type Change = { action: 'add' | 'update'; newValue: unknown } | { action: 'delete' };

export function createPrivateRouter({
  records: mine,
  isWriting,
  revealGraceMs = REVEAL_GRACE_MS,
}: PrivateRouterOptions): RecordRouter {
  let content: RecordKeyValue<TLRecord> | null = null;
  const onContent = (id: string) => content?.has(id) ?? false;
  // Private cards the server took away, waiting to show up in the content document.
  const revealWaits = new Map<string, ReturnType<typeof setTimeout>>();
  // Created privately since the last flush, not yet in the private document.
  const newPrivate = new Set<string>();
  // Deleted from the private document here: an undo brings them back there, not onto the board.
  const deletedPrivately = new Set<string>();
  const isPrivate = (id: string): boolean =>
    newPrivate.has(id) ||
    mine.has(id) ||
    deletedPrivately.has(id) ||
    // Edited while it waits: keep it private; if it was revealed, the next reveal moves it again.
    (revealWaits.has(id) && !onContent(id));

  return {
    connect(store: StoreSide) {
      content = store.content;
      // A record in both documents is being revealed: the content document's copy counts.
      store.put(
        [...mine.map.values()]
          .filter((entry) => store.isDocumentRecord(entry.key, entry.val) && !onContent(entry.key))
          .map((entry) => entry.val),
      );
      const removeUnlessRevealed = (id: TLRecord['id']) => {
        if (revealWaits.has(id) || !store.has(id)) return;
        const wait = setTimeout(() => {
          revealWaits.delete(id);
          if (onContent(id) || mine.has(id)) return;
          store.remove([id]);
        }, revealGraceMs);
        revealWaits.set(id, wait);
      };
      // Private document → local. While the content document has a record, its copy counts.
      const onPrivateChange = (changes: Map<string, Change>, transaction: { origin: unknown }) => {
        if (transaction.origin === LOCAL_ORIGIN) return;
        const put: TLRecord[] = [];
        for (const [id, change] of changes) {
          if (onContent(id)) continue;
          if (change.action === 'delete') removeUnlessRevealed(id as TLRecord['id']);
          else if (store.isDocumentRecord(id, change.newValue)) put.push(change.newValue);
        }
        store.put(put);
      };
      mine.on('change', onPrivateChange);
      return () => {
        mine.off('change', onPrivateChange);
        for (const wait of revealWaits.values()) clearTimeout(wait);
      };
    },
    created(records) {
      const privateWriting = isWriting();
      for (const record of records) {
        if (createsPrivately(record, { isPrivate, privateWriting })) newPrivate.add(record.id);
      }
    },
    take(batch: RecordBatch) {
      const toPrivate = batch.filter(
        ([id]) => destinationOf(id, { isPrivate }) === Destination.Private,
      );
      newPrivate.clear(); // all of them were in this batch
      if (toPrivate.length === 0) return batch;
      for (const [id, record] of toPrivate) if (!record) deletedPrivately.add(id);
      writeBatch(mine, toPrivate);
      return batch.filter((entry) => !toPrivate.includes(entry));
    },
    // A private card stays, whatever the content document says about its id.
    keeps: (id) => mine.has(id),
  };
}
