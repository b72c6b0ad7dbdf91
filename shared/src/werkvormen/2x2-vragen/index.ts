/** 2x2 vragen: belang, resultaat, condities en competenties, actie (`002:3635-3667`). */
import type { Layout } from '../Layout.js';
import { followZones } from '../followZones.js';
import type { Werkvorm } from '../Werkvorm.js';
import { classifyByZone } from '../zoneBoard.js';
import { harvestTweeKeerTwee, type TweeKeerTweeResult } from './harvest.js';
import { tweeKeerTweeLayout } from './layout.js';
import { tweeKeerTweeSettings, type TweeKeerTweeSettings } from './settings.js';
import { DESCRIPTION, NAME, QUESTIONS, REFLECTION, STEPS } from './texts.js';

const SHORTS = Object.fromEntries(Object.entries(QUESTIONS).map(([id, q]) => [id, q.short]));

export const tweeKeerTweeVragen: Werkvorm<TweeKeerTweeSettings, Layout, TweeKeerTweeResult> = {
  id: '2x2-vragen',
  name: NAME,
  description: DESCRIPTION,
  cardKinds: ['kaart'],
  relations: false,
  settings: tweeKeerTweeSettings,
  layout: tweeKeerTweeLayout,
  classify: (card, layout) => classifyByZone(card, layout, SHORTS),
  relayout: followZones,
  steps: STEPS,
  reflection: REFLECTION,
  harvest: harvestTweeKeerTwee,
};

export type { QuestionHarvest, TweeKeerTweeResult } from './harvest.js';
export { QUESTION_COLORS } from './layout.js';
export type { TweeKeerTweeSettings } from './settings.js';
export { QUESTION_IDS, type QuestionId } from './texts.js';
