/** Keyboard shortcuts of the relation UI (tldraw's `kbd` syntax), shown on the buttons too. */
import type { RelationStrength } from '@werkbord/shared';

/** Relate the two selected cards ("Verbind"). */
export const VERBIND_KEY = 'shift+c';
/** The same key as people read it (tooltips, `aria-keyshortcuts`). */
export const VERBIND_KEY_LABEL = 'Shift+C';
/** Choose the relation tool. */
export const RELATIE_TOOL_KEY = 'shift+r';
/**
 * Set the strength of the selected relations: tldraw's Tab cycles through shapes, so it never
 * reaches the panel's buttons; these keys do the same. (Plain digits pick toolbar tools.)
 */
export const STRENGTH_KEYS: Record<RelationStrength, { kbd: string; label: string }> = {
  sterk: { kbd: 'alt+1', label: 'Alt+1' },
  zwak: { kbd: 'alt+2', label: 'Alt+2' },
  'aandacht-nodig': { kbd: 'alt+3', label: 'Alt+3' },
};
