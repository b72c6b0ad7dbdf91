/** Klaag- en jubelmuur: what goes well, what could be better, and a shared ambition (`004:595-603`). */
import type { Layout } from '../Layout.js';
import { followZones } from '../followZones.js';
import type { Werkvorm } from '../Werkvorm.js';
import { classifyKlaagEnJubelmuur } from './classify.js';
import { harvestKlaagEnJubelmuur, type KlaagEnJubelmuurResult } from './harvest.js';
import { klaagEnJubelmuurLayout } from './layout.js';
import { klaagEnJubelmuurSettings, type KlaagEnJubelmuurSettings } from './settings.js';
import { DESCRIPTION, NAME, REFLECTION, STEPS } from './texts.js';

export const klaagEnJubelmuur: Werkvorm<KlaagEnJubelmuurSettings, Layout, KlaagEnJubelmuurResult> =
  {
    id: 'klaag-en-jubelmuur',
    name: NAME,
    description: DESCRIPTION,
    cardKinds: ['kaart'],
    relations: false,
    settings: klaagEnJubelmuurSettings,
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
export { klaagEnJubelmuurSettings, type KlaagEnJubelmuurSettings } from './settings.js';
