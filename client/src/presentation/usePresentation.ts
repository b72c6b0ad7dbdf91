import { useEffect } from 'react';
import { useUiStore } from '../state/uiStore';
import { fitAfterLayout, onFullscreenChange, presentationKey } from './presentationMode';

/** Wires presentation into the board page: its keys, full screen, and the fit when it starts. */
export function usePresentation(): boolean {
  const presenting = useUiStore((state) => state.presenting);
  const editor = useUiStore((state) => state.editor);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (presentationKey(event, useUiStore.getState().editor)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, []);
  useEffect(() => {
    if (!editor || !presenting) return;
    return fitAfterLayout(editor);
  }, [editor, presenting]);
  // Leaving the board page never leaves the next one presenting.
  useEffect(() => () => useUiStore.getState().setPresenting(false), []);
  return presenting;
}
