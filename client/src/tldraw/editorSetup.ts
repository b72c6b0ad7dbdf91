/**
 * Editor-level set-up done once the tldraw editor exists.
 */
import { AssetRecordType, getHashForString, type Editor, type TLBookmarkAsset } from 'tldraw';

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

/** Runs on mount; returns the clean-up for unmount. */
export function setUpEditor(editor: Editor): () => void {
  window.__werkbordEditor = editor;

  // Open on the board's content, at most at 100%: a phone and a projector see the same cards.
  const bounds = editor.getCurrentPageBounds();
  if (bounds) editor.zoomToBounds(bounds, { targetZoom: 1 });

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
    if (window.__werkbordEditor === editor) delete window.__werkbordEditor;
  };
}
