/**
 * Everything the facilitation tools do in the background of an open board, for every role:
 * keep the content room's awareness at hand for "ik pas", keep the server clock measured, make the
 * editor read-only while the begeleider locks the board, follow on "iedereen naar mij", and (on
 * the begeleider's own client) apply the "ik pas" of whoever speaks in a rondje.
 */
import type { Role } from '@werkbord/shared';
import { useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { BoardSession } from '../sync/BoardSession';
import { useFacilitationStore } from './facilitationStore';
import { PASS_FIELD, readPassSignal } from './roundLogic';
import { syncServerClock } from './serverClock';
import { useBoardLock } from './useBoardLock';
import { useFollowMe } from './useFollowMe';
import { usePassRelay } from './usePassRelay';
import { useControlStore } from '../control/controlStore';
import { selectRound } from '../control/controlSelectors';

export function useFacilitationSession(session: BoardSession | null, role: Role): void {
  const awareness = session?.content.awareness ?? null;

  useEffect(() => syncServerClock(), []);

  useEffect(() => {
    useFacilitationStore.getState().setAwareness(awareness);
    return () => useFacilitationStore.getState().setAwareness(null);
  }, [awareness]);

  useBoardLock(role);
  useFollowMe();
  usePassRelay(role, awareness);
  useForgetOldPass(awareness);
}

/** Once a rondje ends or another starts, my "ik pas" of it is no longer anyone's business. */
function useForgetOldPass(awareness: Awareness | null): void {
  const roundId = useControlStore((state) => selectRound(state)?.id ?? null);
  useEffect(() => {
    const state = awareness?.getLocalState() as Record<string, unknown> | null | undefined;
    const mine = readPassSignal(state?.[PASS_FIELD]);
    if (awareness && mine && mine.roundId !== roundId) {
      awareness.setLocalStateField(PASS_FIELD, null);
    }
  }, [awareness, roundId]);
}
