/**
 * Mirrors "privé schrijven" into `usePrivateWritingStore` for as long as a board is open: the
 * shapes in this member's private document that the board does not have yet (during "onthullen"
 * a card is briefly in both; then it is no longer private). Whether it is on is the control
 * store's (`selectPrivateWriting`).
 */
import { useEffect } from 'react';
import type { TLRecord } from 'tldraw';
import type { RecordKeyValue } from '../sync/RecordKeyValue';
import type { BoardSession } from '../sync/BoardSession';
import { NO_PRIVATE_IDS, usePrivateWritingStore } from './privateWritingStore';

export function usePrivateWriting(
  session: BoardSession | null,
  boardId: string,
  token: string,
): void {
  useEffect(() => {
    const { set } = usePrivateWritingStore.getState();
    set({ board: { boardId, token } });
    return () => set({ board: null });
  }, [boardId, token]);

  useEffect(() => {
    const { set } = usePrivateWritingStore.getState();
    const own = session?.privateRecords;
    if (!session || !own) return;
    const readIds = () => {
      const ids = privateShapeIds(own, session.records);
      const previous = usePrivateWritingStore.getState().privateIds;
      if (!sameIds(previous, ids)) set({ privateIds: ids });
    };
    readIds();
    own.on('change', readIds);
    session.records.on('change', readIds);
    return () => {
      own.off('change', readIds);
      session.records.off('change', readIds);
      set({ privateIds: NO_PRIVATE_IDS });
    };
  }, [session]);
}

/** Shapes of the private document that the content document does not have. */
export function privateShapeIds(
  own: RecordKeyValue<TLRecord>,
  content: RecordKeyValue<TLRecord>,
): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const [key, entry] of own.map) {
    if (entry.val?.typeName === 'shape' && !content.has(key)) ids.add(key);
  }
  return ids.size > 0 ? ids : NO_PRIVATE_IDS;
}

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}
