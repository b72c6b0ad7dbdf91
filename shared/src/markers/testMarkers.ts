/** Markers for the tests of this folder and of the werkvormen with scales. */
import { cardCentre, type BoardCard, type MarkeringCard } from '../cards/BoardCard.js';
import { CARD_SIZE } from '../cards/shapeProps.js';
import { columnCentreX, slotCentreY, type Meter } from './scale.js';

/** `name`'s marker (owner `id`) standing at `value` in `slot` of `meter`. */
export function markerAt(
  meter: Meter,
  name: string,
  value: number,
  slot = 0,
  extra: Partial<MarkeringCard> = {},
): MarkeringCard {
  const { w, h } = CARD_SIZE.markering;
  return {
    id: `shape:${name.toLowerCase()}`,
    kind: 'markering',
    owner: `user-${name.toLowerCase()}`,
    author: name,
    colour: '#1864ab',
    meter: meter.id,
    x: columnCentreX(meter, value) - w / 2,
    y: slotCentreY(meter, slot) - h / 2,
    w,
    h,
    createdAt: 1_000,
    ...extra,
  };
}

/** A kaart with `text` centred on `point`. */
export function kaartAt(id: string, text: string, point: { x: number; y: number }): BoardCard {
  return {
    id: `shape:${id}`,
    kind: 'kaart',
    x: point.x - 100,
    y: point.y - 100,
    w: 200,
    h: 200,
    text,
    author: 'Anna',
    createdAt: null,
  };
}

/** The card moved so its centre is at `point`. */
export function centredAt<C extends BoardCard>(card: C, point: { x: number; y: number }): C {
  const centre = cardCentre(card);
  return { ...card, x: card.x + point.x - centre.x, y: card.y + point.y - centre.y };
}
