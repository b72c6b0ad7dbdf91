/**
 * While the begeleider locks the board, a deelnemer's editor is read-only (tldraw's own read-only
 * mode: no tools, nothing to drag or type), and writable again on unlock. The server refuses their
 * writes meanwhile anyway; this keeps the screen honest. Meekijkers are read-only through the
 * store's collaboration mode already; the begeleider is never locked out.
 */
import { Role } from '@werkbord/shared';
import { useEffect } from 'react';
import { useUiStore } from '../state/uiStore';
import { useControlStore } from '../control/controlStore';
import { selectLocked } from '../control/controlSelectors';

export function useBoardLock(role: Role): void {
  const editor = useUiStore((state) => state.editor);
  const locked = useControlStore(selectLocked);
  useEffect(() => {
    if (!editor || role !== Role.Participant) return;
    if (locked) {
      // Whatever they were typing or dragging ends here; the server would drop it.
      editor.cancel();
      if (editor.getEditingShapeId()) editor.setEditingShape(null);
      editor.setCurrentTool('select');
    }
    if (editor.getIsReadonly() !== locked) editor.updateInstanceState({ isReadonly: locked });
  }, [editor, locked, role]);
}
