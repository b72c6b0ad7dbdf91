/**
 * The timer's remaining milliseconds in server time, re-rendering when the shown second changes
 * (not every frame), and noticing the moment it reaches zero on this screen.
 */
import { timerRemaining, type TimerState } from '@werkbord/shared';
import { useEffect, useRef, useState } from 'react';
import { serverNow } from './serverClock';

/** A little after the displayed second turns, so the new render shows the new second. */
const TURN_MARGIN_MS = 15;

export function useTimerRemaining(timer: TimerState): number | null {
  const [, setTick] = useState(0);
  const remaining = timerRemaining(timer, serverNow());
  useEffect(() => {
    if (timer.status !== 'running' || remaining === null || remaining <= 0) return;
    const untilTurn = remaining % 1000 || 1000;
    const id = setTimeout(() => setTick((tick) => tick + 1), untilTurn + TURN_MARGIN_MS);
    return () => clearTimeout(id);
  });
  return remaining;
}

/** Calls `onTimeUp` once when a running timer reaches zero while this screen watches it. */
export function useTimeUp(timer: TimerState, remaining: number | null, onTimeUp: () => void) {
  const previous = useRef<number | null>(remaining);
  useEffect(() => {
    const before = previous.current;
    previous.current = remaining;
    if (timer.status === 'running' && remaining === 0 && before !== null && before > 0) {
      onTimeUp();
    }
  }, [timer.status, remaining, onTimeUp]);
}
