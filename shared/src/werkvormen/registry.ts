/** Every werkvorm, one line each. A test fails when a werkvorm folder is missing here. */
import { leegBord } from './leeg-bord/index.js';
import type { Werkvorm } from './Werkvorm.js';

export const WERKVORMEN: readonly Werkvorm[] = [leegBord];

export function findWerkvorm(id: string): Werkvorm | undefined {
  return WERKVORMEN.find((werkvorm) => werkvorm.id === id);
}
