/**
 * tldraw's lock actions with the begeleider's card lock in them. "Vergrendelen / Ontgrendelen"
 * (context menu, Shift+L) and "Alles ontgrendelen" keep working for everyone, but:
 * - the begeleider's lock also goes into the control document, so the server holds it;
 * - a deelnemer's lock stays their own, and cards the begeleider locked stay locked for them.
 */
import { Role } from '@werkbord/shared';
import type { Editor, TLShapeId, TLUiActionsContextType, TLUiOverrides } from 'tldraw';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { lockedByFacilitator, setCardsLocked, toggleCardLock } from './cardLock';

const isFacilitator = () => useWerkvormStore.getState().role === Role.Facilitator;

function withCardLock(editor: Editor, actions: TLUiActionsContextType): TLUiActionsContextType {
  const toggle = actions['toggle-lock'];
  if (toggle) {
    actions['toggle-lock'] = {
      ...toggle,
      onSelect() {
        const selected = editor.getSelectedShapeIds();
        if (isFacilitator()) return toggleCardLock(editor, selected);
        const own = without(selected, lockedByFacilitator(selected));
        if (own.length === 0) return;
        editor.markHistoryStoppingPoint('locking');
        editor.toggleLock(own);
      },
    };
  }
  const unlockAll = actions['unlock-all'];
  if (unlockAll) {
    actions['unlock-all'] = {
      ...unlockAll,
      onSelect() {
        const lockedShapes = editor.getCurrentPageShapes().filter((shape) => shape.isLocked);
        const ids = lockedShapes.map((shape) => shape.id);
        if (isFacilitator()) return setCardsLocked(editor, ids, false);
        const theirs = new Set(lockedByFacilitator(ids));
        const own = lockedShapes.filter((shape) => !theirs.has(shape.id));
        if (own.length === 0) return;
        editor.markHistoryStoppingPoint('unlock all');
        const updates = own.map(({ id, type }) => ({ id, type, isLocked: false }));
        editor.run(() => editor.updateShapes(updates), { ignoreShapeLock: true });
      },
    };
  }
  return actions;
}

function without(ids: readonly TLShapeId[], remove: readonly TLShapeId[]): TLShapeId[] {
  const removed = new Set(remove);
  return ids.filter((id) => !removed.has(id));
}

export const FACILITATION_UI_OVERRIDES: TLUiOverrides = {
  actions: withCardLock,
};
