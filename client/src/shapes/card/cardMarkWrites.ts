/**
 * The marks a werkvorm declares on a card shape (`@werkbord/shared`'s `cardMarks.ts`): which of
 * them a shape carries, and switching one. The ids live in the shape's `meta`, so every card kind
 * carries them the same way and the harvest reads them with `cardsFromRecords`.
 */
import {
  CARD_MARKS_META_KEY,
  declaredMarks,
  readCardMarks,
  withCardMark,
  type CardMark,
} from '@werkbord/shared';
import type { Editor, TLShape, TLShapeId } from 'tldraw';
import { werkvormSignal } from './werkvormSignal';

/** The running werkvorm's marks a shape carries, in the werkvorm's order. Reactive in tldraw. */
export function shapeMarks(shape: TLShape): CardMark[] {
  return declaredMarks(werkvormSignal().get().werkvorm.cardMarks, readCardMarks(shape.meta));
}

/** Switches one mark on a card on or off, as one undoable step; returns whether it changed. */
export function setCardMark(editor: Editor, id: TLShapeId, mark: string, on: boolean): boolean {
  const shape = editor.getShape(id);
  if (!shape || shape.isLocked) return false;
  const marks = readCardMarks(shape.meta);
  if (marks.includes(mark) === on) return false;
  editor.markHistoryStoppingPoint('werkbord: card mark');
  editor.updateShape({
    id,
    type: shape.type,
    meta: { ...shape.meta, [CARD_MARKS_META_KEY]: withCardMark(marks, mark, on) },
  });
  return true;
}
