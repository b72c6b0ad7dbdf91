/**
 * The colours a card takes from its zone, computed at render time and never stored: a kaart is
 * filled with a light tint of the zone's colour (it reads like a sticky note of that colour), an
 * anekdote or stakeholder keeps its white face and takes the colour as an accent stripe.
 */
import type { TldrawColor } from '../werkvormen/Layout.js';
import { TLDRAW_COLOR_VALUES } from '../werkvormen/zoneColors.js';
import type { CardKind } from './BoardCard.js';

export interface CardColors {
  /** The card's face. */
  fill: string;
  /** The stripe and border. */
  accent: string;
}

/** A kaart outside any coloured zone: the pale yellow of a paper sticky note. */
const KAART_DEFAULT: CardColors = { fill: '#fff4bf', accent: '#e8c95a' };
/** An anekdote or stakeholder outside any coloured zone. */
const CARD_DEFAULT: CardColors = { fill: '#ffffff', accent: '#9fa8b2' };

/** How much of the zone colour a kaart's fill holds; the rest is white, so dark text stays readable. */
const KAART_TINT = 0.28;
/** The faint wash on an anekdote or stakeholder in a coloured zone. */
const CARD_TINT = 0.06;

/** `hex` (#rrggbb) mixed with white: `amount` 1 is the colour itself, 0 is white. */
export function tint(hex: string, amount: number): string {
  const channel = (at: number) => {
    const value = parseInt(hex.slice(at, at + 2), 16);
    return Math.round(255 - (255 - value) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

const cache = new Map<string, CardColors>();

/** The colours of a card of `kind` in a zone of `color` (`null`: no zone colour). */
export function cardColors(kind: CardKind, color: TldrawColor | null): CardColors {
  if (color === null) return kind === 'kaart' ? KAART_DEFAULT : CARD_DEFAULT;
  const key = `${kind}:${color}`;
  let colors = cache.get(key);
  if (!colors) {
    const solid = TLDRAW_COLOR_VALUES[color];
    colors =
      kind === 'kaart'
        ? { fill: tint(solid, KAART_TINT), accent: tint(solid, 0.75) }
        : { fill: tint(solid, CARD_TINT), accent: solid };
    cache.set(key, colors);
  }
  return colors;
}

/** The ink colours text is written in on a coloured ground. */
export const DARK_INK = '#1d1d1d';
export const LIGHT_INK = '#ffffff';

/** WCAG's relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (at: number) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Dark or white text on `hex` (#rrggbb): whichever contrasts more (a card mark's chip). */
export function readableInk(hex: string): string {
  const l = luminance(hex);
  const dark = (l + 0.05) / (luminance(DARK_INK) + 0.05);
  const light = (luminance(LIGHT_INK) + 0.05) / (l + 0.05);
  return dark >= light ? DARK_INK : LIGHT_INK;
}
