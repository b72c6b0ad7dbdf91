/**
 * What the control document says about the running werkvorm: its settings and current step.
 * Read tolerantly (old or missing values fall back to defaults) and written only by the
 * facilitator; the server refuses control writes from anyone else.
 */
import {
  BoardKey,
  CONTROL_BOARD,
  findWerkvorm,
  LeegBord,
  settingsOrDefaults,
  type Werkvorm,
} from '@werkbord/shared';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import {
  selectStoredSettings,
  selectStoredStep,
  selectTitle,
  selectWerkvormId,
} from '../control/controlSelectors';
import { useControlStore } from '../control/controlStore';

export interface ControlState {
  title: string;
  werkvorm: Werkvorm;
  /** Valid settings for `werkvorm` (defaults where the stored ones are missing or refused). */
  settings: unknown;
  /** Index into `werkvorm.steps`, clamped; 0 when the werkvorm has no steps. */
  step: number;
}

interface Fallback {
  title: string;
  werkvorm: string;
}

/** The werkvorm of an id; an unknown id (a newer server?) falls back to the blank board. */
export function werkvormOrBlank(id: string): Werkvorm {
  return findWerkvorm(id) ?? LeegBord.leegBord;
}

export function clampStep(werkvorm: Werkvorm, step: unknown): number {
  const last = Math.max(0, werkvorm.steps.length - 1);
  return typeof step === 'number' && Number.isInteger(step) ? Math.min(Math.max(step, 0), last) : 0;
}

/** The control state of a control document read once (a momentopname's, say). */
export function readControlState(doc: Y.Doc | null, fallback: Fallback): ControlState {
  const board = doc?.getMap<unknown>(CONTROL_BOARD);
  const title = board?.get(BoardKey.Title);
  const id = board?.get(BoardKey.Werkvorm);
  const werkvorm = werkvormOrBlank(typeof id === 'string' && id ? id : fallback.werkvorm);
  return {
    title: typeof title === 'string' && title ? title : fallback.title,
    werkvorm,
    settings: settingsOrDefaults(werkvorm.settings, board?.get(BoardKey.Settings)),
    step: clampStep(werkvorm, board?.get(BoardKey.Step)),
  };
}

/**
 * The live control state from the control store's selectors, each part recomputed only when
 * what it is made of changed: the settings stay the same object while only the step moves, so
 * the layout is not computed again.
 */
export function useLiveControlState(fallback: Fallback): ControlState {
  const storedTitle = useControlStore(selectTitle);
  const werkvormId = useControlStore(selectWerkvormId) ?? fallback.werkvorm;
  const storedSettings = useControlStore(selectStoredSettings);
  const storedStep = useControlStore(selectStoredStep);
  const werkvorm = useMemo(() => werkvormOrBlank(werkvormId), [werkvormId]);
  const settings = useMemo(
    () => settingsOrDefaults(werkvorm.settings, storedSettings),
    [werkvorm, storedSettings],
  );
  const step = clampStep(werkvorm, storedStep);
  const title = storedTitle ?? fallback.title;
  return useMemo(() => ({ title, werkvorm, settings, step }), [title, werkvorm, settings, step]);
}

/** Stores validated settings; returns the refusal instead when they do not validate. */
export function writeSettings(doc: Y.Doc, werkvorm: Werkvorm, input: unknown) {
  const result = werkvorm.settings.validate(input);
  if (result.ok) doc.getMap<unknown>(CONTROL_BOARD).set(BoardKey.Settings, result.value);
  return result;
}

export function writeStep(doc: Y.Doc, werkvorm: Werkvorm, step: number): void {
  doc.getMap<unknown>(CONTROL_BOARD).set(BoardKey.Step, clampStep(werkvorm, step));
}
