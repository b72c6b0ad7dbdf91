/** Making a new card where someone clicked, and starting to write on it. */
import { CARD_SIZE, type CardKind } from '@werkbord/shared';
import {
  createShapeId,
  type Editor,
  type TLShapeId,
  type TLShapePartial,
  type VecLike,
} from 'tldraw';
import { useWerkvormStore } from '../../werkvorm/werkvormStore';
import { CARD_SHAPE_TYPE, type CardShape } from './cardShapes';
import { werkvormSignal } from './werkvormSignal';

/**
 * Creates a card of `kind` centred on `center` (page space) and selects it; its author and time
 * are filled in by `registerCardAuthorship`, as for every card made here. The werkvorm may give
 * it props from where it is made (a new anekdote on the tijdbalk gets the date of its position).
 */
export function createCard(editor: Editor, kind: CardKind, center: VecLike): TLShapeId {
  const { w, h } = CARD_SIZE[kind];
  const x = center.x - w / 2;
  const y = center.y - h / 2;
  const { werkvorm, layout } = werkvormSignal().get();
  const { client } = useWerkvormStore.getState();
  const props = client.newCardProps?.(kind, { x, y, w, h }, werkvorm, layout) ?? {};
  const id = createShapeId();
  editor.markHistoryStoppingPoint(`creating ${kind}`);
  editor.createShape({ id, type: CARD_SHAPE_TYPE[kind], x, y, props } as TLShapePartial<CardShape>);
  editor.select(id);
  return id;
}

/** Puts a card in tldraw's editing state, as a double-click would. */
export function startEditingCard(editor: Editor, id: TLShapeId): void {
  const shape = editor.getShape(id);
  if (!shape || !editor.canEditShape(shape)) return;
  editor.setEditingShape(shape);
  editor.setCurrentTool('select.editing_shape', { target: 'shape', shape });
}
