/**
 * The layers of the client (`client/src`), lowest first: a folder may import its own layer's
 * lower folders (the import-cycle test keeps those acyclic) and any lower layer, never a higher
 * one; a feature never imports another feature. Read by `eslint.config.js` (no-restricted-imports)
 * and by `client/src/layering.test.ts`; drawn in ARCHITECTURE.md.
 */
export const CLIENT_LAYERS = [
  // Browser storage, identity, texts, UI state, API, offline, styles.
  { name: 'base', folders: ['storage', 'identity', 'i18n', 'state', 'api', 'offline', 'styles'] },
  // Sync with the server, the control store, the tldraw plumbing, shared UI pieces.
  { name: 'core', folders: ['sync', 'control', 'tldraw', 'components'] },
  // The board's model on the canvas: the werkvorm runtime, the board as a picture, the card kinds,
  // a board that only shows (momentopnamen, compared boards).
  { name: 'domain', folders: ['werkvorm', 'picture', 'shapes', 'viewer'] },
  // Features: each plugs into the board, none knows another.
  {
    name: 'feature',
    folders: [
      'facilitation',
      'voting',
      'private',
      'snapshots',
      'export',
      'presentation',
      'join',
      'toolbar',
      'werkvormen',
      'reuse',
    ],
    apart: true,
  },
  // The pages that compose everything.
  { name: 'app', folders: ['board', 'home', 'compare'] },
];

/** For each folder, the folders of `client/src` it may not import. */
export function forbiddenImports() {
  const forbidden = new Map();
  CLIENT_LAYERS.forEach((layer, index) => {
    const higher = CLIENT_LAYERS.slice(index + 1).flatMap((l) => l.folders);
    for (const folder of layer.folders) {
      const siblings = layer.apart ? layer.folders.filter((f) => f !== folder) : [];
      forbidden.set(folder, [...higher, ...siblings]);
    }
  });
  return forbidden;
}
