/**
 * The rondje from where I stand: who speaks, who is next, whether it is my turn, and how I pass
 * (the begeleider writes the control document; anyone else signals through awareness).
 */
import { Role, type RoundState } from '@werkbord/shared';
import { createUserId } from 'tldraw';
import { useUiStore } from '../state/uiStore';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { controlDoc as controlDocNow } from '../control/controlStore';
import { useFacilitationStore } from './facilitationStore';
import { PASS_FIELD, passTurn, type PassSignal } from './roundLogic';
import { writeRound } from './sessionWrites';

export function useSelfUserId(): string {
  const id = useUiStore((state) => state.identity.id);
  return createUserId(id);
}

export function useIsFacilitator(): boolean {
  return useWerkvormStore((state) => state.role === Role.Facilitator);
}

/** Passes the current turn: directly for the begeleider, via awareness for the speaker. */
export function passCurrentTurn(round: RoundState, asFacilitator: boolean): void {
  const { awareness } = useFacilitationStore.getState();
  const controlDoc = controlDocNow();
  if (asFacilitator) {
    if (controlDoc) writeRound(controlDoc, passTurn(round));
    return;
  }
  const signal: PassSignal = { roundId: round.id, index: round.current };
  awareness?.setLocalStateField(PASS_FIELD, signal);
}

/** Whether my pass for this turn is on its way (sent, not yet applied by the begeleider). */
export function usePassPending(round: RoundState | null): boolean {
  const awareness = useFacilitationStore((state) => state.awareness);
  if (!round || !awareness) return false;
  const mine = (awareness.getLocalState() as Record<string, unknown> | null)?.[PASS_FIELD] as
    | PassSignal
    | undefined;
  return mine?.roundId === round.id && mine.index === round.current;
}
