/** Klaag- en jubelmuur: what goes well, what could be better, and a shared ambition (`004:595-603`). */
import type { Layout } from '../Layout.js';
import { followZones } from '../followZones.js';
import { THEMA_SETTINGS, type ThemaSettings } from '../SettingsSchema.js';
import type { Werkvorm } from '../Werkvorm.js';
import { classifyKlaagEnJubelmuur } from './classify.js';
import { harvestKlaagEnJubelmuur, type KlaagEnJubelmuurResult } from './harvest.js';
import { klaagEnJubelmuurLayout } from './layout.js';
import { DESCRIPTION, NAME, REFLECTION, STEPS } from './texts.js';

export const klaagEnJubelmuur: Werkvorm<ThemaSettings, Layout, KlaagEnJubelmuurResult> = {
  id: 'klaag-en-jubelmuur',
  name: NAME,
  description: DESCRIPTION,
  cardKinds: ['kaart'],
  relations: false,
  settings: THEMA_SETTINGS,
  layout: klaagEnJubelmuurLayout,
  classify: classifyKlaagEnJubelmuur,
  // The walls never change with the thema; should they one day, cards move along with them.
  relayout: followZones,
  steps: STEPS,
  reflection: REFLECTION,
  harvest: harvestKlaagEnJubelmuur,
};

export { CLUSTER_GAP, areNear, clusterCards } from './classify.js';
export type { HarvestedCard, KlaagEnJubelmuurResult, WallHarvest } from './harvest.js';
export { WALL_COLORS, WallZone } from './layout.js';
