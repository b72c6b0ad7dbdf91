import { timerRemaining, type TimerState } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import {
  MINUTE_MS,
  addMinute,
  formatRemaining,
  parseMinutes,
  pauseTimer,
  presetMinutes,
  resumeTimer,
  startTimer,
} from './timerLogic';

describe('formatRemaining', () => {
  it('shows minutes and seconds, rounded up so a fresh timer shows its full length', () => {
    expect(formatRemaining(5 * MINUTE_MS)).toBe('05:00');
    expect(formatRemaining(5 * MINUTE_MS - 200)).toBe('05:00');
    expect(formatRemaining(4 * MINUTE_MS + 59_000)).toBe('04:59');
    expect(formatRemaining(999)).toBe('00:01');
  });

  it('reaches 00:00 exactly when the time is up, and never goes below', () => {
    expect(formatRemaining(0)).toBe('00:00');
    expect(formatRemaining(-5000)).toBe('00:00');
  });

  it('adds hours for long timers', () => {
    expect(formatRemaining(65 * MINUTE_MS)).toBe('1:05:00');
  });
});

describe('timer operations in server time', () => {
  const t0 = 1_700_000_000_000;

  it('counts down from the start on every clock that agrees with the server', () => {
    const timer = startTimer(5 * MINUTE_MS, t0);
    expect(timerRemaining(timer, t0)).toBe(5 * MINUTE_MS);
    expect(timerRemaining(timer, t0 + 90_000)).toBe(3.5 * MINUTE_MS);
    expect(timerRemaining(timer, t0 + 10 * MINUTE_MS)).toBe(0);
  });

  it('pauses with the remaining time and resumes from there, keeping the total', () => {
    const paused = pauseTimer(startTimer(5 * MINUTE_MS, t0), t0 + MINUTE_MS);
    expect(paused).toEqual({
      status: 'paused',
      remainingMs: 4 * MINUTE_MS,
      durationMs: 5 * MINUTE_MS,
    });
    // Later, the remaining time has not moved while paused.
    const resumed = resumeTimer(paused, t0 + 30 * MINUTE_MS);
    expect(resumed.status).toBe('running');
    expect(timerRemaining(resumed, t0 + 30 * MINUTE_MS)).toBe(4 * MINUTE_MS);
    expect(resumed).toMatchObject({ durationMs: 5 * MINUTE_MS });
  });

  it('adds a minute to a running, a paused and an expired timer', () => {
    const running = startTimer(5 * MINUTE_MS, t0);
    expect(timerRemaining(addMinute(running, t0 + MINUTE_MS), t0 + MINUTE_MS)).toBe(5 * MINUTE_MS);

    const paused = pauseTimer(running, t0 + MINUTE_MS);
    expect(timerRemaining(addMinute(paused, t0 + MINUTE_MS), t0)).toBe(5 * MINUTE_MS);

    const expiredLongAgo = t0 + 60 * MINUTE_MS;
    const extended = addMinute(running, expiredLongAgo);
    expect(timerRemaining(extended, expiredLongAgo)).toBe(MINUTE_MS);
    expect(timerRemaining(extended, expiredLongAgo + 30_000)).toBe(30_000);
  });

  it('leaves an idle timer alone', () => {
    const idle: TimerState = { status: 'idle' };
    expect(addMinute(idle, t0)).toBe(idle);
    expect(pauseTimer(idle, t0)).toBe(idle);
    expect(resumeTimer(idle, t0)).toBe(idle);
  });
});

describe('the length the begeleider types or gets offered', () => {
  it('reads whole and decimal minutes, with a comma too', () => {
    expect(parseMinutes('5')).toBe(5 * MINUTE_MS);
    expect(parseMinutes(' 2,5 ')).toBe(2.5 * MINUTE_MS);
    expect(parseMinutes('1.5')).toBe(1.5 * MINUTE_MS);
  });

  it('refuses nothing, zero, negative, too long and nonsense', () => {
    for (const input of ['', '0', '-3', '241', 'vijf', 'Infinity']) {
      expect(parseMinutes(input)).toBeNull();
    }
  });

  it("offers the step's suggested minutes, or five without a step", () => {
    expect(presetMinutes(10)).toBe(10);
    expect(presetMinutes(undefined)).toBe(5);
    expect(presetMinutes(0)).toBe(5);
    expect(presetMinutes(600)).toBe(240);
  });
});
