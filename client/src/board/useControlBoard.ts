import type { BoardInfo } from '@werkbord/shared';
import { useEffect } from 'react';
import type * as Y from 'yjs';
import { followControlDocument } from '../control/controlStore';
import { useLiveControlState, type ControlState } from '../werkvorm/controlState';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { werkvormClient } from '../werkvormen/registry';

/**
 * Follows the board's control document in the control store (its one observer) while the board is
 * open, and returns title, werkvorm, settings and step as it has them (the facilitator changes
 * them during the session), falling back to what the API said when the page opened. Mirrors them
 * into the werkvorm store for code inside the editor, with what the werkvorm adds to the client.
 */
export function useControlBoard(doc: Y.Doc | null, info: BoardInfo): ControlState {
  useEffect(() => (doc ? followControlDocument(doc) : undefined), [doc]);
  const control = useLiveControlState({ title: info.title, werkvorm: info.werkvorm });
  const applyControl = useWerkvormStore((state) => state.applyControl);
  useEffect(
    () => applyControl(control, info.role, werkvormClient(control.werkvorm.id)),
    [applyControl, control, info.role],
  );
  return control;
}
