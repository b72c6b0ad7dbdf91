import { useEffect } from 'react';
import { useUiStore } from '../state/uiStore';
import type { BoardSession } from '../sync/BoardSession';
import { takePendingImport } from './pendingImport';

/** Puts a `.tldr` import chosen on the home page into the freshly created board, once. */
export function usePendingImport(session: BoardSession | null, boardId: string): void {
  useEffect(() => {
    if (!session) return;
    let current = true;
    void session.ready.then(() => {
      if (!current) return;
      const records = takePendingImport(boardId);
      // A plain `put` is a user change: the store binding writes it to the shared document.
      if (!records) return;
      session.store.put(records);
      useUiStore.getState().editor?.zoomToFit({ animation: { duration: 300 } });
    });
    return () => {
      current = false;
    };
  }, [session, boardId]);
}
