/**
 * The tldraw types of Werkbord's card shapes. Their props are exactly the contract of
 * `@werkbord/shared`'s `shapeProps.ts`, so the server's harvest reads what the client writes.
 */
import {
  CardKind,
  ShapeType,
  type AnekdoteShapeProps,
  type KaartShapeProps,
  type MarkeringShapeProps,
  type StakeholderShapeProps,
} from '@werkbord/shared';
import type { TLShape } from 'tldraw';

declare module 'tldraw' {
  export interface TLGlobalShapePropsMap {
    'werkbord-anekdote': AnekdoteShapeProps;
    'werkbord-stakeholder': StakeholderShapeProps;
    'werkbord-kaart': KaartShapeProps;
    'werkbord-markering': MarkeringShapeProps;
  }
}

export type AnekdoteShape = TLShape<'werkbord-anekdote'>;
export type StakeholderShape = TLShape<'werkbord-stakeholder'>;
export type KaartShape = TLShape<'werkbord-kaart'>;
export type MarkeringShape = TLShape<'werkbord-markering'>;
export type CardShape = AnekdoteShape | StakeholderShape | KaartShape | MarkeringShape;
export type CardShapeType = CardShape['type'];

/** The shape type of each card kind; also the id of the tool that creates it. */
export const CARD_SHAPE_TYPE = {
  [CardKind.Anekdote]: ShapeType.Anekdote,
  [CardKind.Stakeholder]: ShapeType.Stakeholder,
  [CardKind.Kaart]: ShapeType.Kaart,
  [CardKind.Markering]: ShapeType.Markering,
} as const satisfies Record<CardKind, CardShapeType>;

const KIND_OF_TYPE: Record<string, CardKind> = Object.fromEntries(
  Object.entries(CARD_SHAPE_TYPE).map(([kind, type]) => [type, kind as CardKind]),
);

/** The card kind of a shape, or `null` for shapes that are not Werkbord cards. */
export function cardKindOf(shape: TLShape): CardKind | null {
  return KIND_OF_TYPE[shape.type] ?? null;
}

export function isCardShape(shape: TLShape): shape is CardShape {
  return cardKindOf(shape) !== null;
}
