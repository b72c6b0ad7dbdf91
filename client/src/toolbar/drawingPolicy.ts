/**
 * Whether this person may draw right now (`toolPlan.drawingAllowed` on their role and the
 * begeleider's "Tekenen uit voor deelnemers"), for React and for code inside the editor.
 */
import { useFacilitationStore } from '../facilitation/facilitationStore';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { drawingAllowed } from './toolPlan';

export function mayDrawNow(): boolean {
  return drawingAllowed(
    useWerkvormStore.getState().role,
    useFacilitationStore.getState().session.participantDrawingOff,
  );
}

export function useMayDraw(): boolean {
  const role = useWerkvormStore((state) => state.role);
  const off = useFacilitationStore((state) => state.session.participantDrawingOff);
  return drawingAllowed(role, off);
}

/** Calls `listener` whenever the answer of `mayDrawNow` may have changed; returns the unsubscribe. */
export function onMayDrawChange(listener: () => void): () => void {
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
