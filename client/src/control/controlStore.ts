/**
 * The control document of the open board (`<boardId>.control`, map `board`: werkvorm, settings,
 * step, timer, lock, rondje, voting…) as one store. It is the only observer of that map: every
 * feature reads it through selectors (`controlSelectors.ts`), and a selector's result changes only
 * when its own key does. Yjs hands out the same object for a value until it is written again, so
 * "changed" is a reference comparison, never a comparison of serialised text.
 */
import { CONTROL_BOARD } from '@werkbord/shared';
import type * as Y from 'yjs';
import { create } from 'zustand';

export interface ControlStoreState {
  /** The control document, to write to; `null` while no board is open or it is starting. */
  doc: Y.Doc | null;
  /** The map's values as the document has them; a key's value is replaced only when written. */
  values: Readonly<Record<string, unknown>>;
}

const NO_VALUES: Readonly<Record<string, unknown>> = Object.freeze({});

export const useControlStore = create<ControlStoreState>()(() => ({
  doc: null,
  values: NO_VALUES,
}));

/** Mirrors the control document into the store until the returned stop is called. */
export function followControlDocument(doc: Y.Doc): () => void {
  const board = doc.getMap<unknown>(CONTROL_BOARD);
  useControlStore.setState({ doc, values: Object.fromEntries(board.entries()) });
  const onChange = (event: Y.YMapEvent<unknown>) => {
    const values = { ...useControlStore.getState().values };
    for (const key of event.keysChanged) {
      if (board.has(key)) values[key] = board.get(key);
      else delete values[key];
    }
    useControlStore.setState({ values });
  };
  board.observe(onChange);
  return () => {
    board.unobserve(onChange);
    if (useControlStore.getState().doc === doc) {
      useControlStore.setState({ doc: null, values: NO_VALUES });
    }
  };
}

/**
 * A selector of one key, read tolerantly by `read`: it returns the same result (the same object)
 * until that key's value is written again, so components re-render on their own key only.
 */
export function controlField<T>(
  key: string,
  read: (value: unknown) => T,
): (state: ControlStoreState) => T {
  let last: { value: unknown; result: T } | null = null;
  return (state) => {
    const value = state.values[key];
    if (last === null || last.value !== value) last = { value, result: read(value) };
    return last.result;
  };
}

/** The control document to write to, for code outside React; `null` while none is open. */
export function controlDoc(): Y.Doc | null {
  return useControlStore.getState().doc;
}
