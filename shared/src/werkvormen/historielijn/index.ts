/** Historielijn: the group's history as anecdotes on a tijdbalk (`002:2741-2800`). */
import type { Werkvorm } from '../Werkvorm.js';
import { arrangeAnecdotes } from './arrange.js';
import { classifyHistorielijn, relayoutCards } from './classify.js';
import { harvestHistorielijn, type HistorielijnResult } from './harvest.js';
import { historielijnLayout, type HistorielijnLayout } from './layout.js';
import { historielijnSettings, type HistorielijnSettings } from './settings.js';
import { DESCRIPTION, NAME, REFLECTION, STEPS } from './texts.js';

export const historielijn: Werkvorm<HistorielijnSettings, HistorielijnLayout, HistorielijnResult> =
  {
    id: 'historielijn',
    name: NAME,
    description: DESCRIPTION,
    cardKinds: ['anekdote', 'kaart'],
    relations: false,
    settings: historielijnSettings,
    layout: historielijnLayout,
    classify: classifyHistorielijn,
    relayout: relayoutCards,
    arrange: arrangeAnecdotes,
    steps: STEPS,
    reflection: REFLECTION,
    harvest: harvestHistorielijn,
  };

export { arrangeAnecdotes } from './arrange.js';
export { periodFromPosition, relayoutCards } from './classify.js';
export type { HarvestedAnekdote, HistorielijnResult } from './harvest.js';
export {
  TIJDBALK_ZONE_ID,
  TOETREDING_ZONE_ID,
  dateForX,
  monthAtX,
  placeOnAxis,
  spanForPeriod,
  xForDate,
  xForMonth,
  type HistorielijnLayout,
} from './layout.js';
export {
  HistorielijnPurpose,
  MAX_PERIOD_YEARS,
  PURPOSE_LABELS,
  type HistorielijnSettings,
} from './settings.js';
