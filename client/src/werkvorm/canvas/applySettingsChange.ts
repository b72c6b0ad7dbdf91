/**
 * After the facilitator changed the settings (a longer period, another ring, a new owner), move
 * the cards so each keeps its meaning in the new layout. Exactly one client must do this, the one
 * whose change it was; the settings panel calls it right after `writeSettings`. The moves reach
 * everyone else through the content document like any other edit.
 */
import { Role, type Werkvorm } from '@werkbord/shared';
import type { Editor } from 'tldraw';
import { useWerkvormStore } from '../werkvormStore';
import { applyCardMoves, boardCardsFromEditor } from './editorCards';
import { withCanvasEffectsQuiet } from './quiet';
import { relayoutMoves } from './relayoutMoves';
import { sameValue } from '../sameValue';

/**
 * Moves the cards on this editor's page for a settings change; returns how many moved. Only a
 * facilitator's client acts (the server would refuse nobody's card moves, but only the
 * facilitator changes settings). Locked cards move too: their meaning matters more than the lock.
 * Not undoable: undoing the moves without the settings would change what the cards mean.
 */
export function applySettingsChange(
  editor: Editor,
  werkvorm: Werkvorm,
  oldSettings: unknown,
  newSettings: unknown,
): number {
  if (useWerkvormStore.getState().role !== Role.Facilitator) return 0;
  if (sameValue(oldSettings, newSettings)) return 0;
  const cards = boardCardsFromEditor(editor);
  const moves = relayoutMoves(werkvorm, cards, oldSettings, newSettings);
  let moved = 0;
  withCanvasEffectsQuiet(editor, () =>
    editor.run(
      () => {
        moved = applyCardMoves(editor, cards, moves);
      },
      { history: 'ignore', ignoreShapeLock: true },
    ),
  );
  return moved;
}
