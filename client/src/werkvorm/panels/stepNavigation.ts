/**
 * Where the group is in a werkvorm's steps, as the steps bar shows it: which step, how many there
 * are, and whether the facilitator can go back or on.
 */
import type { Step, Werkvorm } from '@werkbord/shared';
import { clampStep } from '../controlState';

export interface StepPosition {
  /** 0-based index of the current step. */
  index: number;
  /** The number of steps. */
  count: number;
  step: Step;
  hasPrevious: boolean;
  hasNext: boolean;
}

/** The current step of a werkvorm, clamped; `null` for a werkvorm without steps (leeg bord). */
export function stepPosition(werkvorm: Werkvorm, step: unknown): StepPosition | null {
  const count = werkvorm.steps.length;
  if (count === 0) return null;
  const index = clampStep(werkvorm, step);
  return {
    index,
    count,
    step: werkvorm.steps[index] as Step,
    hasPrevious: index > 0,
    hasNext: index < count - 1,
  };
}
