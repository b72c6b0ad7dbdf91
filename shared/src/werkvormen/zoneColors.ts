/**
 * Solid values of tldraw's colour names (its light theme), for drawing zones outside the editor's
 * theme machinery: the background layer, the home page's previews and the server's thumbnails of
 * automatic momentopnamen use the same values.
 */
import type { TldrawColor } from './Layout.js';

export const TLDRAW_COLOR_VALUES: Record<TldrawColor, string> = {
  black: '#1d1d1d',
  grey: '#9fa8b2',
  'light-violet': '#e085f4',
  violet: '#ae3ec9',
  blue: '#4465e9',
  'light-blue': '#4ba1f1',
  yellow: '#f1ac4b',
  orange: '#e16919',
  green: '#099268',
  'light-green': '#4cb05e',
  'light-red': '#f87777',
  red: '#e03131',
  white: '#ffffff',
};

/** Zones without a colour of their own. */
export const NEUTRAL_ZONE_COLOR = '#9fa8b2';
