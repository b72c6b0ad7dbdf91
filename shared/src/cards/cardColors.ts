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
