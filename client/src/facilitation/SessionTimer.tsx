import type { TimerState } from '@werkbord/shared';
import { useId, useState } from 'react';
import { useT } from '../i18n/useT';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { useFacilitationStore } from './facilitationStore';
import { ClockIcon, PauseIcon, PlayIcon, ResetIcon, SoundIcon } from '../components/icons';
import { serverNow } from './serverClock';
import { writeTimer } from './sessionWrites';
import { playSoftChime, unlockSound } from './softChime';
import {
  MAX_TIMER_MINUTES,
  addMinute,
  formatRemaining,
  parseMinutes,
  pauseTimer,
  presetMinutes,
  resumeTimer,
  startTimer,
} from './timerLogic';
import { useTimeUp, useTimerRemaining } from './useTimerRemaining';
import { useControlStore } from '../control/controlStore';
import { selectControlDoc, selectTimer } from '../control/controlSelectors';

/**
 * The countdown everyone sees in the header row (mm:ss, the same on every screen because it runs
 * in server time); the begeleider's controls (`TimerControls`) are in their row of tools. At zero
 * it pulses and turns warm; a soft chime sounds for whoever switched the sound on.
 */
export function SessionTimer() {
  const t = useT();
  const timer = useControlStore(selectTimer);
  const soundOn = useFacilitationStore((state) => state.soundOn);
  const remaining = useTimerRemaining(timer);
  useTimeUp(timer, remaining, chimeIfWanted);

  if (remaining === null) return null;
  const expired = timer.status === 'running' && remaining === 0;
  const status = expired ? 'expired' : timer.status;

  return (
    <div className="session-timer" data-testid="timer" data-status={status}>
      <ClockIcon />
      <span
        className="session-timer__remaining"
        role="timer"
        aria-label={
          expired
            ? t('facilitation.timer.done')
            : t('facilitation.timer.remaining', { time: formatRemaining(remaining) })
        }
        data-testid="timer-remaining"
        data-remaining-ms={remaining}
      >
        {formatRemaining(remaining)}
      </span>
      {timer.status === 'paused' && (
        <span className="session-timer__state">{t('facilitation.timer.paused')}</span>
      )}
      {expired && <span className="session-timer__state">{t('facilitation.timer.done')}</span>}
      <SoundToggle on={soundOn} />
      {/* Screen readers hear the end, not every second. */}
      <span className="visually-hidden" aria-live="polite">
        {expired ? t('facilitation.timer.done') : ''}
      </span>
    </div>
  );
}

function chimeIfWanted(): void {
  if (useFacilitationStore.getState().soundOn) playSoftChime();
}

/** The begeleider's timer buttons: the length and Start, or pause, +1 min and Wissen. */
export function TimerControls() {
  const t = useT();
  const timer = useControlStore(selectTimer);
  const controlDoc = useControlStore(selectControlDoc);
  const write = (next: TimerState) => controlDoc && writeTimer(controlDoc, next);
  if (timer.status === 'idle')
    return <TimerStart onStart={(ms) => write(startTimer(ms, serverNow()))} />;
  return (
    <div className="session-timer__controls" data-testid="timer-controls">
      {timer.status === 'running' ? (
        <button
          type="button"
          className="button button--small facilitation-button"
          aria-label={t('facilitation.timer.pause')}
          disabled={!controlDoc}
          onClick={() => write(pauseTimer(timer, serverNow()))}
          data-testid="timer-pause"
        >
          <PauseIcon />
          <span className="facilitation-button__text">{t('facilitation.timer.pause')}</span>
        </button>
      ) : (
        <button
          type="button"
          className="button button--small facilitation-button"
          aria-label={t('facilitation.timer.resume')}
          disabled={!controlDoc}
          onClick={() => write(resumeTimer(timer, serverNow()))}
          data-testid="timer-resume"
        >
          <PlayIcon />
          <span className="facilitation-button__text">{t('facilitation.timer.resume')}</span>
        </button>
      )}
      <button
        type="button"
        className="button button--small facilitation-button"
        aria-label={t('facilitation.timer.addMinuteLabel')}
        disabled={!controlDoc}
        onClick={() => write(addMinute(timer, serverNow()))}
        data-testid="timer-add-minute"
      >
        <span className="facilitation-button__text facilitation-button__text--always">
          {t('facilitation.timer.addMinute')}
        </span>
        <span className="session-timer__add-short" aria-hidden="true">
          +1
        </span>
      </button>
      <button
        type="button"
        className="button button--small facilitation-button"
        aria-label={t('facilitation.timer.resetLabel')}
        disabled={!controlDoc}
        onClick={() => write({ status: 'idle' })}
        data-testid="timer-reset"
      >
        <ResetIcon />
        <span className="facilitation-button__text">{t('facilitation.timer.reset')}</span>
      </button>
    </div>
  );
}

/** The length (preset: the current step's suggested minutes) and Start. */
function TimerStart({ onStart }: { onStart(durationMs: number): void }) {
  const t = useT();
  const controlDoc = useControlStore(selectControlDoc);
  const suggested = useWerkvormStore((state) => state.werkvorm.steps[state.step]?.suggestedMinutes);
  const preset = String(presetMinutes(suggested));
  // What the begeleider typed, for the step it was typed in; a new step offers its own preset.
  const [typed, setTyped] = useState<{ value: string; preset: string } | null>(null);
  const value = typed && typed.preset === preset ? typed.value : preset;
  const durationMs = parseMinutes(value);
  const inputId = useId();
  const errorId = useId();
  return (
    <form
      className="session-timer__start"
      onSubmit={(event) => {
        event.preventDefault();
        if (durationMs !== null) onStart(durationMs);
      }}
    >
      <label className="visually-hidden" htmlFor={inputId}>
        {t('facilitation.timer.minutesLabel')}
      </label>
      <input
        id={inputId}
        className="session-timer__minutes"
        type="text"
        inputMode="decimal"
        size={3}
        value={value}
        aria-invalid={durationMs === null}
        aria-describedby={durationMs === null ? errorId : undefined}
        onChange={(event) => setTyped({ value: event.target.value, preset })}
        data-testid="timer-minutes-input"
      />
      <span className="session-timer__unit" aria-hidden="true">
        {t('facilitation.timer.minutes')}
      </span>
      {durationMs === null && (
        <span id={errorId} className="visually-hidden">
          {t('facilitation.timer.minutesInvalid', { max: MAX_TIMER_MINUTES })}
        </span>
      )}
      <button
        type="submit"
        className="button button--small button--primary facilitation-button"
        aria-label={t('facilitation.timer.startLabel')}
        disabled={!controlDoc || durationMs === null}
        data-testid="timer-start"
      >
        <PlayIcon />
        <span className="facilitation-button__text">{t('facilitation.timer.start')}</span>
      </button>
    </form>
  );
}

/** Per person, off by default: a soft chime when the time is up. */
function SoundToggle({ on }: { on: boolean }) {
  const t = useT();
  const setSoundOn = useFacilitationStore((state) => state.setSoundOn);
  return (
    <button
      type="button"
      className="facilitation-icon-button"
      aria-pressed={on}
      aria-label={on ? t('facilitation.timer.soundOn') : t('facilitation.timer.soundOff')}
      title={on ? t('facilitation.timer.soundOn') : t('facilitation.timer.soundOff')}
      onClick={() => {
        // The click is the moment the browser allows audio to start.
        if (!on) unlockSound();
        setSoundOn(!on);
      }}
      data-testid="timer-sound"
    >
      <SoundIcon on={on} />
    </button>
  );
}
