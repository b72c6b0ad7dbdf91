/**
 * The running werkvorm and its layout as one tldraw signal, mirrored from `useWerkvormStore`.
 * Cards read it inside tldraw's tracking, so 500 cards share one store subscription instead of
 * holding one each, and re-render only when the werkvorm or its layout changes (not the step).
 * A read-only board of its own (a momentopname, one of two compared boards) gives its store its
 * own werkvorm and layout, so its cards mean what they meant there.
 */
import type { Layout, Werkvorm } from '@werkbord/shared';
import { atom, type Atom, type Editor, type TLStore } from 'tldraw';
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

const ownViews = new WeakMap<TLStore, Atom<WerkvormView>>();

/** Gives a store (of a read-only board) its own werkvorm and layout; call before it is shown. */
export function setOwnWerkvormView(store: TLStore, view: WerkvormView): void {
  ownViews.set(store, atom('werkbord: own werkvorm view', view));
}

/** The werkvorm and layout the cards of this editor are read by. */
export function werkvormViewOf(editor: Editor): Atom<WerkvormView> {
  return ownViews.get(editor.store) ?? werkvormSignal();
}
