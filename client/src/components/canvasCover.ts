/**
 * Which overlays cover the live board right now: the momentopname viewer and every modal dialog
 * register here while they are shown. The live canvas reads it (`tldraw/liveCanvasGuard.ts`) and,
 * while anything covers it, takes no input at all: no focus, no keys, no clipboard, no pointer.
 * One registry instead of a check per overlay, so a new overlay is safe by using the hook.
 */
import { useLayoutEffect } from 'react';
import { create } from 'zustand';

interface CanvasCoverState {
  /** The overlays shown now, by a key each registration makes for itself. */
  covers: ReadonlySet<symbol>;
  add(cover: symbol): void;
  remove(cover: symbol): void;
}

export const useCanvasCoverStore = create<CanvasCoverState>()((set) => ({
  covers: new Set(),
  add: (cover) => set((state) => ({ covers: new Set(state.covers).add(cover) })),
  remove: (cover) =>
    set((state) => {
      const covers = new Set(state.covers);
      covers.delete(cover);
      return { covers };
    }),
}));

export const isCanvasCovered = (): boolean => useCanvasCoverStore.getState().covers.size > 0;

/** Whether anything covers the live board (for rendering it inert). */
export const useCanvasCovered = (): boolean =>
  useCanvasCoverStore((state) => state.covers.size > 0);

/**
 * Call in an overlay's component: while it is mounted (and `active`), the live board takes no input.
 * Registered in a layout effect, so the cover is in place before the overlay is painted.
 */
export function useCoverCanvas(active = true): void {
  useLayoutEffect(() => {
    if (!active) return;
    const cover = Symbol('canvas cover');
    const { add, remove } = useCanvasCoverStore.getState();
    add(cover);
    return () => remove(cover);
  }, [active]);
}
