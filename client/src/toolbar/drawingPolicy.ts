/**
 * Whether this person may draw (`toolPlan.drawingAllowed` on their role and the begeleider's
 * "Tekenen uit voor deelnemers"), for React and for code inside the editor.
 */
import { Role } from '@werkbord/shared';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { drawingAllowed } from './toolPlan';
import { useControlStore } from '../control/controlStore';
import { selectParticipantDrawingOff } from '../control/controlSelectors';

export function useMayDraw(): boolean {
  const role = useWerkvormStore((state) => state.role);
  const off = useControlStore(selectParticipantDrawingOff);
  return drawingAllowed(role, off);
}

/**
 * Whether this person is a deelnemer for whom the begeleider switched drawing off. Unlike "may
 * not draw" it is false while the role is still unknown (a board starts as a meekijker's).
 */
export function drawingSwitchedOffForMe(): boolean {
  return (
    useWerkvormStore.getState().role === Role.Participant &&
    selectParticipantDrawingOff(useControlStore.getState())
  );
}

/** Calls `listener` whenever `drawingSwitchedOffForMe` may have changed; returns the unsubscribe. */
export function onDrawingSwitchChange(listener: () => void): () => void {
  const stopRole = useWerkvormStore.subscribe((state, previous) => {
    if (state.role !== previous.role) listener();
  });
  const stopSession = useControlStore.subscribe((state, previous) => {
    if (selectParticipantDrawingOff(state) !== selectParticipantDrawingOff(previous)) listener();
  });
  return () => {
    stopRole();
    stopSession();
  };
}
