import { BoardKey, CONTROL_BOARD, type BoardInfo } from '@werkbord/shared';
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { constantFeed, createFeed } from './createFeed';

export interface BoardIdentity {
  title: string;
  werkvorm: string;
}

/**
 * Title and werkvorm as the control document has them (the facilitator may change them later),
 * falling back to what the API said when the page opened.
 */
export function useControlBoard(doc: Y.Doc | null, info: BoardInfo): BoardIdentity {
  const feed = useMemo(() => {
    const fallback = { title: info.title, werkvorm: info.werkvorm };
    if (!doc) return constantFeed(fallback);
    const board = doc.getMap<unknown>(CONTROL_BOARD);
    let last = fallback;
    return createFeed(
      () => {
        const title = board.get(BoardKey.Title);
        const werkvorm = board.get(BoardKey.Werkvorm);
        const next = {
          title: typeof title === 'string' && title ? title : info.title,
          werkvorm: typeof werkvorm === 'string' && werkvorm ? werkvorm : info.werkvorm,
        };
        if (next.title !== last.title || next.werkvorm !== last.werkvorm) last = next;
        return last;
      },
      (onChange) => {
        board.observe(onChange);
        return () => board.unobserve(onChange);
      },
    );
  }, [doc, info.title, info.werkvorm]);
  return useSyncExternalStore(feed.subscribe, feed.getSnapshot);
}
