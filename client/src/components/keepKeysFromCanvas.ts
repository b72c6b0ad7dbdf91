import type { KeyboardEvent } from 'react';

const stop = (event: KeyboardEvent) => event.stopPropagation();

/**
 * Spread on a panel or dialog: keys pressed while the focus is in it stay there. tldraw listens for
 * its shortcuts on the page body while the editor has focus, so without this, Delete on a button in
 * the settings dialog would delete the selected cards, and Space would start panning.
 */
export const keepKeysFromCanvas = { onKeyDown: stop, onKeyUp: stop };
