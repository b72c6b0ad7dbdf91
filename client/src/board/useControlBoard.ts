import { CONTROL_BOARD, type BoardInfo } from '@werkbord/shared';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readControlState, type ControlState } from '../werkvorm/controlState';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { constantFeed, createFeed } from './createFeed';

/**
 * Title, werkvorm, settings and step as the control document has them (the facilitator changes
 * them during the session), falling back to what the API said when the page opened. Mirrors them
 * into the werkvorm store for code inside the editor.
 */
export function useControlBoard(doc: Y.Doc | null, info: BoardInfo): ControlState {
  const feed = useMemo(() => {
    const fallback = { title: info.title, werkvorm: info.werkvorm };
    if (!doc) return constantFeed(readControlState(null, fallback));
    const board = doc.getMap<unknown>(CONTROL_BOARD);
    return createFeed(
      () => readControlState(doc, fallback),
      (onChange) => {
        board.observeDeep(onChange);
        return () => board.unobserveDeep(onChange);
      },
    );
  }, [doc, info.title, info.werkvorm]);
  const control = useSyncExternalStore(feed.subscribe, feed.getSnapshot);
  const applyControl = useWerkvormStore((state) => state.applyControl);
  useEffect(() => applyControl(control, info.role), [applyControl, control, info.role]);
  return control;
}
