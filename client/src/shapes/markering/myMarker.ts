/**
 * This person's own marker on a board with scales: which scale a point means, placing the marker
 * there (made the first time, moved after that: one per person per scale), and where it stands
 * (`Markers.markerSpot`: the lowest free place of its column).
 */
import {
  CARD_SIZE,
  cardsFromRecords,
  Markers,
  ShapeType,
  type Layout,
  type MarkeringCard,
} from '@werkbord/shared';
import { createShapeId, type Editor, type TLShapeId, type VecLike } from 'tldraw';
import { applyCardMoves, boardCardsFromEditor } from '../../werkvorm/canvas/editorCards';
import { useWerkvormStore } from '../../werkvorm/werkvormStore';
import type { MarkeringShape } from '../card/cardShapes';
import { myMarkerLook } from './markerIdentity';

/** The scales of a layout; none for a werkvorm without them. */
export function metersOf(layout: Layout): readonly Markers.Meter[] {
  const meters = (layout as Partial<Markers.ScaleLayout>).meters;
  return Array.isArray(meters) ? meters : [];
}

/** The scale a point means: the one it lies on, else the nearest above or below it. */
export function meterNear(layout: Layout, point: VecLike): Markers.Meter | null {
  let best: Markers.Meter | null = null;
  let bestDistance = Infinity;
  for (const meter of metersOf(layout)) {
    const distance =
      point.y < meter.top
        ? meter.top - point.y
        : point.y > meter.bottom
          ? point.y - meter.bottom
          : 0;
    if (distance < bestDistance) {
      best = meter;
      bestDistance = distance;
    }
  }
  return best;
}

export function isMarkerShape(shape: { type: string }): shape is MarkeringShape {
  return shape.type === ShapeType.Markering;
}

/**
 * The owner of this browser's markers: its user id (the editor's user is this person), or on an
 * anonymous board its unlinkable id (`markerIdentity.ts`).
 */
export function myUserId(editor: Editor): string {
  return myMarkerLook(editor).owner;
}

/** My markers on the current page. */
export function myMarkerShapes(editor: Editor): MarkeringShape[] {
  const me = myUserId(editor);
  return editor
    .getCurrentPageShapes()
    .filter((shape): shape is MarkeringShape => isMarkerShape(shape) && shape.props.owner === me);
}

/**
 * Puts my marker for the scale at `point` in the column of `point`, making it when I have none
 * there yet; selects it and returns its id (`null` on a board without scales).
 */
export function placeMyMarker(editor: Editor, point: VecLike): TLShapeId | null {
  const { layout } = useWerkvormStore.getState();
  const meter = meterNear(layout, point);
  if (!meter) return null;
  const existing = myMarkerShapes(editor).find((shape) => shape.props.meter === meter.id);
  const { w, h } = CARD_SIZE.markering;
  const x = Markers.columnCentreX(meter, Markers.valueAt(meter, point.x)) - w / 2;
  const wanted = { x, y: point.y - h / 2 };
  const id = existing?.id ?? createShapeId();
  const createdAt = existing?.props.createdAt || Date.now();
  const look = myMarkerLook(editor);
  const card: MarkeringCard = {
    id,
    kind: 'markering',
    owner: look.owner,
    author: look.author,
    colour: look.colour,
    meter: meter.id,
    ...wanted,
    w,
    h,
    createdAt,
  };
  const others = boardCardsFromEditor(editor).filter((other) => other.id !== id);
  const at = Markers.markerSpot(card, others, layout as Markers.ScaleLayout) ?? wanted;
  editor.markHistoryStoppingPoint('werkbord: place my marker');
  if (existing) {
    editor.updateShape({ id, type: ShapeType.Markering, x: at.x, y: at.y });
  } else {
    editor.createShape({
      id,
      type: ShapeType.Markering,
      x: at.x,
      y: at.y,
      props: {
        owner: card.owner,
        author: card.author,
        colour: card.colour,
        meter: card.meter,
        createdAt,
      },
    });
  }
  editor.select(id);
  return id;
}

/** Moves each of my markers that does not stand where it should; returns how many moved. */
export function standMyMarkers(editor: Editor): number {
  const { layout } = useWerkvormStore.getState();
  if (metersOf(layout).length === 0) return 0;
  const me = myUserId(editor);
  const cards = boardCardsFromEditor(editor);
  const moves = cards.flatMap((card) => {
    if (card.kind !== 'markering' || card.owner !== me) return [];
    const spot = Markers.markerSpot(card, cards, layout as Markers.ScaleLayout);
    return spot ? [{ id: card.id, ...spot }] : [];
  });
  if (moves.length === 0) return 0;
  let moved = 0;
  editor.run(() => (moved = applyCardMoves(editor, cards, moves)), { history: 'ignore' });
  return moved;
}

/** The markers of a page's shapes, as the harvest reads them. */
export function markerCards(editor: Editor): MarkeringCard[] {
  return cardsFromRecords(editor.getCurrentPageShapes()).cards.filter(
    (card): card is MarkeringCard => card.kind === 'markering',
  );
}
