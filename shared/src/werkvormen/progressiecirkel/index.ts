/**
 * Progressiecirkel: al bereikte progressie inside, nog te boeken progressie around it, and the
 * laaghangend fruit marked on the cards (`002:3458-3521`).
 */
import { followZones } from '../followZones.js';
import type { Werkvorm } from '../Werkvorm.js';
import { classifyByZone } from '../zoneBoard.js';
import { harvestProgressiecirkel, type ProgressiecirkelResult } from './harvest.js';
import { progressiecirkelLayout, type ProgressiecirkelLayout } from './layout.js';
import { progressiecirkelSettings, type ProgressiecirkelSettings } from './settings.js';
import { CIRCLES, DESCRIPTION, LAAGHANGEND_FRUIT, NAME, REFLECTION, STEPS } from './texts.js';

const SHORTS = Object.fromEntries(Object.entries(CIRCLES).map(([id, c]) => [id, c.short]));

export const progressiecirkel: Werkvorm<
  ProgressiecirkelSettings,
  ProgressiecirkelLayout,
  ProgressiecirkelResult
> = {
  id: 'progressiecirkel',
  name: NAME,
  description: DESCRIPTION,
  cardKinds: ['kaart'],
  relations: false,
  cardMarks: [LAAGHANGEND_FRUIT],
  settings: progressiecirkelSettings,
  layout: progressiecirkelLayout,
  classify: (card, layout) => classifyByZone(card, layout, SHORTS),
  relayout: followZones,
  steps: STEPS,
  reflection: REFLECTION,
  harvest: harvestProgressiecirkel,
};

export type { FruitCard, ProgressieCard, ProgressiecirkelResult } from './harvest.js';
export { CIRCLE_COLORS, type ProgressiecirkelLayout } from './layout.js';
export type { ProgressiecirkelSettings } from './settings.js';
export { CircleId, LAAGHANGEND_FRUIT } from './texts.js';
