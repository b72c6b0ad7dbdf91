/**
 * Whether this person may draw (`toolPlan.drawingAllowed` on their role and the begeleider's
 * "Tekenen uit voor deelnemers"), for React and for code inside the editor.
 */
import { Role } from '@werkbord/shared';
import { useFacilitationStore } from '../facilitation/facilitationStore';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { drawingAllowed } from './toolPlan';

export function useMayDraw(): boolean {
  const role = useWerkvormStore((state) => state.role);
  const off = useFacilitationStore((state) => state.session.participantDrawingOff);
  return drawingAllowed(role, off);
}

/**
 * Whether this person is a deelnemer for whom the begeleider switched drawing off. Unlike "may
 * not draw" it is false while the role is still unknown (a board starts as a meekijker's).
 */
export function drawingSwitchedOffForMe(): boolean {
  return (
    useWerkvormStore.getState().role === Role.Participant &&
    useFacilitationStore.getState().session.participantDrawingOff
  );
}

/** Calls `listener` whenever `drawingSwitchedOffForMe` may have changed; returns the unsubscribe. */
export function onDrawingSwitchChange(listener: () => void): () => void {
  const stopRole = useWerkvormStore.subscribe((state, previous) => {
    if (state.role !== previous.role) listener();
  });
  const stopSession = useFacilitationStore.subscribe((state, previous) => {
    if (state.session.participantDrawingOff !== previous.session.participantDrawingOff) listener();
  });
  return () => {
    stopRole();
    stopSession();
  };
}
