import { findWerkvorm, type Werkvorm } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { stepPosition } from './stepNavigation';

const werkvorm = (id: string): Werkvorm => {
  const found = findWerkvorm(id);
  if (!found) throw new Error(id);
  return found;
};

describe('stepPosition', () => {
  const historielijn = werkvorm('historielijn');

  it('gives the step, its number and where the facilitator can go', () => {
    const position = stepPosition(historielijn, 1);
    expect(position).toMatchObject({ index: 1, count: 5, hasPrevious: true, hasNext: true });
    expect(position?.step).toBe(historielijn.steps[1]);
  });

  it('clamps a stored step outside the range, and reads nonsense as the first step', () => {
    expect(stepPosition(historielijn, 99)).toMatchObject({ index: 4, hasNext: false });
    expect(stepPosition(historielijn, -3)).toMatchObject({ index: 0, hasPrevious: false });
    expect(stepPosition(historielijn, 'twee')?.index).toBe(0);
    expect(stepPosition(historielijn, 1.5)?.index).toBe(0);
  });

  it('ends on the reflection step', () => {
    const cirkel = werkvorm('cirkel-van-invloed');
    const last = stepPosition(cirkel, cirkel.steps.length - 1);
    expect(last?.step.showsReflection).toBe(true);
    expect(last?.hasNext).toBe(false);
  });

  it('has no position on a board without steps', () => {
    expect(stepPosition(werkvorm('leeg-bord'), 0)).toBeNull();
  });
});
