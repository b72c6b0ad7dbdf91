/** Font sizes of layout texts in page units, matching tldraw's s/m/l/xl text. */
import type { TextSize } from '@werkbord/shared';

export const FONT_SIZE: Record<TextSize, number> = { s: 18, m: 24, l: 36, xl: 44 };
