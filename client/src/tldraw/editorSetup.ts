/**
 * Editor-level set-up done once the tldraw editor exists. What the features do inside the editor
 * (the werkvorm's runtime, card authorship, the drawing guard) comes in as `EditorEffect`s from
 * the board (`board/editorEffects.ts`); this knows none of them.
 */
import { AssetRecordType, getHashForString, type Editor, type TLBookmarkAsset } from 'tldraw';
import { useUiStore } from '../state/uiStore';
import { guardLiveCanvas } from './liveCanvasGuard';
import { registerPageNames } from './pageNames';

/** Something a feature starts in the editor once it exists; returns its clean-up. */
export type EditorEffect = (editor: Editor) => () => void;

declare global {
  interface Window {
    /**
     * Test and debug hook: the mounted tldraw editor of the open board (undefined elsewhere).
     * Browser tests use it to create shapes and read the store, e.g.
     * `__werkbordEditor.createShape({ type: 'note', x: 0, y: 0, props: { richText } })` with
     * `richText = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hoi' }] }] }`.
     * Not an API for features: app code gets the editor from tldraw's hooks.
     */
    __werkbordEditor?: Editor;
  }
}

/** Runs on mount, then the effects in order; returns the clean-up for unmount. */
export function setUpEditor(editor: Editor, effects: readonly EditorEffect[]): () => void {
  window.__werkbordEditor = editor;
  // Our panels outside the canvas (steps, team view, settings) reach the editor through the store.
  useUiStore.getState().setEditor(editor);

  // Keys, clipboard and pointer reach the live board only while the person works on it.
  const stopGuard = guardLiveCanvas(editor);
  const stopEffects = effects.map((effect) => effect(editor));
  // "Pagina 1" in Dutch, "Page 1" in English, whatever the board stored.
  const stopPageNames = registerPageNames(
    editor,
    () => useUiStore.getState().language,
    (listener) =>
      useUiStore.subscribe((state, previous) => {
        if (state.language !== previous.language) listener();
      }),
  );

  // Pasting a link makes a bookmark. tldraw's default handler fetches the page for its title and
  // image: a request to another host, which the board promises never to make. Keep just the URL.
  editor.registerExternalAssetHandler('url', async ({ url }) => {
    const asset: TLBookmarkAsset = {
      id: AssetRecordType.createId(getHashForString(url)),
      typeName: 'asset',
      type: 'bookmark',
      props: { src: url, title: url, description: '', image: '', favicon: '' },
      meta: {},
    };
    return asset;
  });

  return () => {
    stopGuard();
    for (const stop of stopEffects) stop();
    stopPageNames();
    if (window.__werkbordEditor === editor) delete window.__werkbordEditor;
    if (useUiStore.getState().editor === editor) useUiStore.getState().setEditor(null);
  };
}
