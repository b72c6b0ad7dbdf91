/**
 * The begeleider locks or unlocks cards: tldraw's `isLocked` on the shapes (nobody can move or
 * edit them on the canvas) and their ids in the control document's `lockedCards` (the server
 * refuses deelnemers' writes to them, so a locked card stays put whatever a client does).
 */
import type { Editor, TLShapeId } from 'tldraw';
import { selectLockedCards } from '../control/controlSelectors';
import { useControlStore } from '../control/controlStore';
import { nextLockedCards, shouldLock } from './lockedCards';
import { writeLockedCards } from './sessionWrites';

/** Locks the cards when any of them is not locked by the begeleider yet, else unlocks them. */
export function toggleCardLock(editor: Editor, ids: readonly TLShapeId[]): void {
  const control = useControlStore.getState();
  if (!control.doc || ids.length === 0) return;
  const lock = shouldLock(ids, selectLockedCards(control));
  setCardsLocked(editor, ids, lock);
}

export function setCardsLocked(editor: Editor, ids: readonly TLShapeId[], lock: boolean): void {
  const control = useControlStore.getState();
  const controlDoc = control.doc;
  if (!controlDoc) return;
  const updates = ids.flatMap((id) => {
    const shape = editor.getShape(id);
    return shape && shape.isLocked !== lock ? [{ id, type: shape.type, isLocked: lock }] : [];
  });
  if (updates.length > 0) {
    editor.markHistoryStoppingPoint('werkbord: card lock');
    editor.run(() => editor.updateShapes(updates), { ignoreShapeLock: true });
  }
  const exists = (id: string) => editor.getShape(id as TLShapeId) !== undefined;
  writeLockedCards(controlDoc, nextLockedCards(selectLockedCards(control), ids, lock, exists));
}

/** Ids among `ids` that the begeleider locked (a deelnemer cannot unlock those). */
export function lockedByFacilitator(ids: readonly TLShapeId[]): TLShapeId[] {
  const locked = new Set(selectLockedCards(useControlStore.getState()));
  return ids.filter((id) => locked.has(id));
}
