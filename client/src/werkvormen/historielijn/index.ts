/** The historielijn in the client: dates and places of anekdotes kept together. */
import type { WerkvormClient } from '../../werkvorm/werkvormClient';
import { registerDateSync } from './dateSyncEffects';
import { initialAnekdoteDate } from './initialDate';

export const historielijnClient: WerkvormClient = {
  canvasEffects: registerDateSync,
  newCardProps: (kind, bounds, werkvorm, layout) =>
    kind === 'anekdote' ? { date: initialAnekdoteDate(bounds, werkvorm, layout) } : {},
};
