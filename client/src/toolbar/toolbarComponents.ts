/** The toolbar's tldraw component slots, for `board/BoardCanvas.tsx`. */
import type { TLComponents } from 'tldraw';
import '../styles/toolbar.css';
import { DrawingStylePanel } from './DrawingStylePanel';
import { WerkbordShortcutsDialog } from './WerkbordShortcutsDialog';
import { WerkbordToolbar } from './WerkbordToolbar';

export const TOOLBAR_UI_COMPONENTS = {
  Toolbar: WerkbordToolbar,
  StylePanel: DrawingStylePanel,
  KeyboardShortcutsDialog: WerkbordShortcutsDialog,
} satisfies TLComponents;
