/**
 * The countdown as the begeleider changes it: every operation takes the server time `now` and
 * returns the next `TimerState` to write to the control document. Pure, so every client computes
 * the same remaining time from the same state.
 */
import { timerRemaining, type TimerState } from '@werkbord/shared';

export const MINUTE_MS = 60_000;
/** Longest countdown the begeleider can type: a whole morning. */
export const MAX_TIMER_MINUTES = 240;
/** The preset when the werkvorm has no steps (leeg bord). */
export const DEFAULT_TIMER_MINUTES = 5;

export function startTimer(durationMs: number, now: number): TimerState {
  return { status: 'running', startedAt: now, durationMs };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.status !== 'running') return timer;
  return {
    status: 'paused',
    remainingMs: timerRemaining(timer, now) ?? 0,
    durationMs: timer.durationMs,
  };
}

/** Continues where it was paused; the total stays, so a progress bar keeps its scale. */
export function resumeTimer(timer: TimerState, now: number): TimerState {
  if (timer.status !== 'paused') return timer;
  return {
    status: 'running',
    startedAt: now - (timer.durationMs - timer.remainingMs),
    durationMs: timer.durationMs,
  };
}

/** One minute more, also when the time was already up (then one minute from now). */
export function addMinute(timer: TimerState, now: number): TimerState {
  switch (timer.status) {
    case 'idle':
      return timer;
    case 'paused':
      return {
        status: 'paused',
        remainingMs: timer.remainingMs + MINUTE_MS,
        durationMs: timer.durationMs + MINUTE_MS,
      };
    case 'running': {
      const remaining = (timerRemaining(timer, now) ?? 0) + MINUTE_MS;
      const durationMs = timer.durationMs + MINUTE_MS;
      return { status: 'running', startedAt: now + remaining - durationMs, durationMs };
    }
  }
}

/**
 * "04:59": minutes and seconds, rounded up, so the display reaches 00:00 exactly when the time is
 * up and a fresh five-minute timer shows 05:00 rather than 04:59. Over an hour: "1:05:00".
 */
export function formatRemaining(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const mm = String(minutes).padStart(2, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** A typed length in minutes ("5", "2,5", "1.5") as milliseconds; `null` when it is not usable. */
export function parseMinutes(input: string): number | null {
  const value = Number(input.trim().replace(',', '.'));
  if (!input.trim() || !Number.isFinite(value) || value <= 0 || value > MAX_TIMER_MINUTES) {
    return null;
  }
  return Math.round(value * MINUTE_MS);
}

/** The length the timer offers: the current step's suggested minutes, within the allowed range. */
export function presetMinutes(suggestedMinutes: number | undefined): number {
  if (!suggestedMinutes || !Number.isFinite(suggestedMinutes) || suggestedMinutes <= 0) {
    return DEFAULT_TIMER_MINUTES;
  }
  return Math.min(Math.round(suggestedMinutes), MAX_TIMER_MINUTES);
}
