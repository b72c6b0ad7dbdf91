/**
 * Keeps cards from covering each other where the werkvorm knows how (`werkvorm.arrange`, e.g. the
 * historielijn's rows of anecdotes). It runs after a local drag, resize or rotation has ended and
 * after a card was created, never during a gesture, so it does not fight the hand that drags.
 *
 * Its moves join the history entry of the gesture before it: one undo takes back the drag and
 * the tidying together.
 */
import { NOTE_SHAPE_TYPE, ShapeType } from '@werkbord/shared';
import { atom, react, type Editor, type TLShape } from 'tldraw';
import { useWerkvormStore } from '../werkvormStore';
import { applyCardMoves, boardCardsFromEditor } from './editorCards';
import { canvasEffectsQuiet } from './quiet';

const CARD_TYPES: ReadonlySet<string> = new Set([
  ShapeType.Anekdote,
  ShapeType.Stakeholder,
  ShapeType.Kaart,
  NOTE_SHAPE_TYPE,
]);

/** The gestures during which cards move under the pointer. */
const GESTURES = ['select.translating', 'select.resizing', 'select.rotating'];

export function isGestureInProgress(editor: Editor): boolean {
  return editor.isInAny(...GESTURES);
}

/** Applies the werkvorm's arrange to the current cards; returns how many cards moved. */
export function tidyCards(editor: Editor): number {
  const { werkvorm, layout } = useWerkvormStore.getState();
  if (!werkvorm.arrange) return 0;
  const cards = boardCardsFromEditor(editor);
  const moves = werkvorm.arrange(cards, layout);
  let moved = 0;
  editor.run(() => {
    moved = applyCardMoves(editor, cards, moves);
  });
  return moved;
}

export interface Tidier {
  /** Asks for a tidy once the current gesture (if any) is over. */
  request(): void;
  dispose(): void;
}

/** Watches local card changes and tidies after each gesture and creation. */
export function registerTidying(editor: Editor): Tidier {
  const $pending = atom('werkvorm tidy pending', false);
  let timer: number | null = null;
  const request = () => {
    if (!$pending.get()) $pending.set(true);
  };

  const isCard = (shape: TLShape) => CARD_TYPES.has(shape.type);
  const offChange = editor.sideEffects.registerAfterChangeHandler(
    'shape',
    (_prev, next, source) => {
      if (source === 'user' && isCard(next) && !canvasEffectsQuiet(editor)) {
        // Only moves made by a gesture: undo, redo and arrow-key nudges are left as they are.
        if (isGestureInProgress(editor)) request();
      }
    },
  );
  const offCreate = editor.sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
    if (source === 'user' && isCard(shape) && !canvasEffectsQuiet(editor)) request();
  });

  // Re-runs when `pending` or the editor's state changes: the gesture's end is a state change.
  const stop = react('werkvorm tidy', () => {
    if (!$pending.get() || isGestureInProgress(editor) || timer !== null) return;
    // Outside the reaction: store writes do not belong in a reactive derivation.
    timer = editor.timers.setTimeout(() => {
      timer = null;
      $pending.set(false);
      tidyCards(editor);
    }, 0);
  });

  return {
    request,
    dispose() {
      stop();
      offChange();
      offCreate();
    },
  };
}
