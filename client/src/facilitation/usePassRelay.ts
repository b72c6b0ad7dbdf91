/**
 * "Ik pas" from a deelnemer reaches the control document through the begeleider's client: the
 * speaker puts `{ roundId, index }` in their awareness state (they may not write the control
 * document), and this hook, on the begeleider's client only, checks it against the round and
 * moves the round on. Checking the turn index makes a lingering signal count only once.
 *
 * Presence is only as good as what the server vouches for: it writes each state's `user.id`
 * (derived from that browser's secret presence key) and `user.role` (from its link) over what the
 * client claimed, so a signal counts only from the speaker's own browser, and never a meekijker's.
 */
import { Role } from '@werkbord/shared';
import { useEffect } from 'react';
import { createUserId } from 'tldraw';
import type { Awareness } from 'y-protocols/awareness';
import { selectControlDoc, selectRound } from '../control/controlSelectors';
import { useControlStore } from '../control/controlStore';
import { readAwarenessUser } from '../sync/awarenessUser';
import { PASS_FIELD, applyPassSignal, readPassSignal } from './roundLogic';
import { writeRound } from './sessionWrites';

export function usePassRelay(role: Role, awareness: Awareness | null) {
  const controlDoc = useControlStore(selectControlDoc);
  useEffect(() => {
    if (role !== Role.Facilitator || !controlDoc || !awareness) return;
    let scheduled = false;
    const check = () => {
      scheduled = false;
      const round = selectRound(useControlStore.getState());
      if (!round) return;
      for (const state of awareness.getStates().values()) {
        const user = readAwarenessUser(state);
        const signal = readPassSignal((state as Record<string, unknown>)[PASS_FIELD]);
        if (!user || user.role === Role.Viewer || !signal) continue;
        const next = applyPassSignal(round, signal, createUserId(user.id));
        if (next) return writeRound(controlDoc, next);
      }
    };
    // Outside the Yjs and awareness callbacks: writing from inside an observer nests transactions.
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(check);
    };
    awareness.on('change', schedule);
    const stopRound = useControlStore.subscribe((state, previous) => {
      if (selectRound(state) !== selectRound(previous)) schedule();
    });
    schedule();
    return () => {
      awareness.off('change', schedule);
      stopRound();
    };
  }, [role, controlDoc, awareness]);
}
