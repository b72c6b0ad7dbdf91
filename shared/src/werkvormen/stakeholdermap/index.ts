/** Stakeholdermap: the stakeholders around an initiative, in rings, with relations (`002:3577-3634`). */
import type { Werkvorm } from '../Werkvorm.js';
import { classifyStakeholdermap, relayoutStakeholders } from './classify.js';
import { compareStakeholdermaps } from './compare.js';
import { harvestStakeholdermap, type StakeholdermapResult } from './harvest.js';
import { stakeholdermapLayout, type StakeholdermapLayout } from './layout.js';
import { stakeholdermapSettings, type StakeholdermapSettings } from './settings.js';
import { DESCRIPTION, NAME, REFLECTION, STEPS } from './texts.js';

export const stakeholdermap: Werkvorm<
  StakeholdermapSettings,
  StakeholdermapLayout,
  StakeholdermapResult
> = {
  id: 'stakeholdermap',
  name: NAME,
  description: DESCRIPTION,
  cardKinds: ['stakeholder', 'kaart'],
  relations: true,
  settings: stakeholdermapSettings,
  layout: stakeholdermapLayout,
  classify: classifyStakeholdermap,
  relayout: relayoutStakeholders,
  steps: STEPS,
  reflection: REFLECTION,
  harvest: harvestStakeholdermap,
  compare: compareStakeholdermaps,
};

export { ringAtDistance, ringOf, relayoutStakeholders } from './classify.js';
export type { HarvestedRelation, HarvestedStakeholder, StakeholdermapResult } from './harvest.js';
export { CENTRE_ZONE_ID, ringZoneId, type StakeholdermapLayout } from './layout.js';
export { MAX_RINGS, MIN_RINGS, type StakeholdermapSettings } from './settings.js';
