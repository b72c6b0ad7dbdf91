/** Cirkel van invloed en betrokkenheid: a pair of circles per person, compared in the team (`002:3713-3776`). */
import type { Werkvorm } from '../Werkvorm.js';
import { classifyCirkel, relayoutCirkel } from './classify.js';
import { compareCirkels } from './compare.js';
import { harvestCirkel, type CirkelResult } from './harvest.js';
import { cirkelLayout, type CirkelLayout } from './layout.js';
import { cirkelSettings, type CirkelSettings } from './settings.js';
import { DESCRIPTION, NAME, REFLECTION, STEPS } from './texts.js';

export const cirkelVanInvloed: Werkvorm<CirkelSettings, CirkelLayout, CirkelResult> = {
  id: 'cirkel-van-invloed',
  name: NAME,
  description: DESCRIPTION,
  cardKinds: ['kaart'],
  relations: false,
  settings: cirkelSettings,
  layout: cirkelLayout,
  classify: classifyCirkel,
  relayout: relayoutCirkel,
  steps: STEPS,
  reflection: REFLECTION,
  harvest: harvestCirkel,
  compare: compareCirkels,
};

export { circleOf, pairOf, relayoutCirkel } from './classify.js';
export type { CirkelResult, HarvestedCard, OwnerCircles, OwnerComparison } from './harvest.js';
export {
  AREA_COLORS,
  Area,
  VERZAMEL_ZONE_ID,
  areaZoneId,
  type CirclePair,
  type CirkelLayout,
} from './layout.js';
export { MAX_OWNERS, type CircleOwner, type CirkelSettings } from './settings.js';
