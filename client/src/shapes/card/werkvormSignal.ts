/**
 * The running werkvorm and its layout as one tldraw signal, mirrored from `useWerkvormStore`.
 * Cards read it inside tldraw's tracking, so 500 cards share one store subscription instead of
 * holding one each, and re-render only when the werkvorm or its layout changes (not the step).
 */
import type { Layout, Werkvorm } from '@werkbord/shared';
import { atom, type Atom } from 'tldraw';
import { useWerkvormStore } from '../../werkvorm/werkvormStore';

export interface WerkvormView {
  werkvorm: Werkvorm;
  layout: Layout;
}

let $werkvormView: Atom<WerkvormView> | null = null;

/** The signal, created (and subscribed, for the page's lifetime) on first use. */
export function werkvormSignal(): Atom<WerkvormView> {
  if ($werkvormView) return $werkvormView;
  const { werkvorm, layout } = useWerkvormStore.getState();
  const $view = atom<WerkvormView>('werkbord: werkvorm view', { werkvorm, layout });
  useWerkvormStore.subscribe((state) => {
    const current = $view.get();
    if (state.werkvorm !== current.werkvorm || state.layout !== current.layout) {
      $view.set({ werkvorm: state.werkvorm, layout: state.layout });
    }
  });
  $werkvormView = $view;
  return $view;
}
