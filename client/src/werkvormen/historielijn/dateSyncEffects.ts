/**
 * Wires `dateSyncAction` into the editor: after every local change or creation of an anekdote
 * (registered for historielijn boards only, `index.ts`). Remote changes (source `remote`) are never answered, so two clients never
 * echo each other; the client that made the change already wrote both place and date.
 */
import { ShapeType, parseAnekdoteProps, type Historielijn } from '@werkbord/shared';
import type { Editor, TLShape } from 'tldraw';
import { useWerkvormStore } from '../../werkvorm/werkvormStore';
import { dateSyncAction, type DatedCard } from './dateSync';
import { applyCardMoves, cardOfShape, shapePropsUpdate } from '../../werkvorm/canvas/editorCards';
import { canvasEffectsQuiet } from '../../werkvorm/canvas/quiet';

function datedCard(editor: Editor, shape: TLShape): DatedCard | null {
  const props = parseAnekdoteProps(shape.props);
  const card = props ? cardOfShape(editor, shape) : null;
  return props && card ? { card, date: props.date } : null;
}

/**
 * Registers the handlers; returns their removal. `onMoved` hears of every card this moved, so the
 * tidying can run after it.
 */
export function registerDateSync(editor: Editor, onMoved: () => void): () => void {
  const handle = (prev: TLShape | null, next: TLShape, source: 'user' | 'remote') => {
    if (source !== 'user' || next.type !== ShapeType.Anekdote) return;
    const { werkvorm, layout } = useWerkvormStore.getState();
    if (canvasEffectsQuiet(editor)) return;
    const after = datedCard(editor, next);
    const before = prev ? datedCard(editor, prev) : null;
    if (!after || (prev && !before)) return;
    const action = dateSyncAction(
      before,
      after,
      werkvorm,
      layout as Historielijn.HistorielijnLayout,
    );
    if (action.kind === 'set-date') {
      editor.updateShape(shapePropsUpdate(next, { date: action.date }));
    } else if (action.kind === 'move') {
      if (applyCardMoves(editor, [after.card], [action.move]) > 0) onMoved();
    }
  };
  const offChange = editor.sideEffects.registerAfterChangeHandler('shape', (prev, next, source) =>
    handle(prev, next, source),
  );
  const offCreate = editor.sideEffects.registerAfterCreateHandler('shape', (shape, source) =>
    handle(null, shape, source),
  );
  return () => {
    offChange();
    offCreate();
  };
}
