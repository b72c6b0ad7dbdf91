/** "Hoe werkte het hier?": a success story taken apart in two columns (`002:2613-2672`). */
import type { Layout } from '../Layout.js';
import { followZones } from '../followZones.js';
import type { Werkvorm } from '../Werkvorm.js';
import { classifyByZone } from '../zoneBoard.js';
import { harvestHoeWerkteHetHier, type HoeWerkteHetHierResult } from './harvest.js';
import { hoeWerkteHetHierLayout } from './layout.js';
import { hoeWerkteHetHierSettings, type HoeWerkteHetHierSettings } from './settings.js';
import { DESCRIPTION, NAME, REFLECTION, STEPS, zoneTexts } from './texts.js';

/** The short word a card shows per zone; it does not depend on the owner's name. */
const SHORTS = Object.fromEntries(
  Object.entries(zoneTexts('')).map(([id, texts]) => [id, texts.short]),
);

export const hoeWerkteHetHier: Werkvorm<HoeWerkteHetHierSettings, Layout, HoeWerkteHetHierResult> =
  {
    id: 'hoe-werkte-het-hier',
    name: NAME,
    description: DESCRIPTION,
    cardKinds: ['kaart'],
    relations: false,
    settings: hoeWerkteHetHierSettings,
    layout: hoeWerkteHetHierLayout,
    classify: (card, layout) => classifyByZone(card, layout, SHORTS),
    // The zones never move with the settings; should they one day, cards move along with them.
    relayout: followZones,
    steps: STEPS,
    reflection: REFLECTION,
    harvest: harvestHoeWerkteHetHier,
  };

export type { HoeWerkteHetHierResult } from './harvest.js';
export { HoeWerkteZone, ZONE_COLORS } from './layout.js';
export type { HoeWerkteHetHierSettings } from './settings.js';
