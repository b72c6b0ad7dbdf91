/**
 * Tiny external stores for `useSyncExternalStore`: a snapshot that is recomputed when a Yjs
 * source reports a change, and stays the same object otherwise (React compares by identity).
 */
export interface Feed<T> {
  subscribe(onChange: () => void): () => void;
  getSnapshot(): T;
}

export function createFeed<T>(
  compute: () => T,
  listen: (onChange: () => void) => () => void,
): Feed<T> {
  let snapshot = compute();
  return {
    subscribe(onChange) {
      snapshot = compute();
      return listen(() => {
        snapshot = compute();
        onChange();
      });
    },
    getSnapshot: () => snapshot,
  };
}

export function constantFeed<T>(value: T): Feed<T> {
  return { subscribe: () => () => {}, getSnapshot: () => value };
}
