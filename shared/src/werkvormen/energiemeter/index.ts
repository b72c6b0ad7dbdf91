/**
 * Energiemeter: each person sets their own energy for a topic or this moment; the group sees the
 * spread, and in a later meeting what changed (`001:2314`, `002:2504-2562`).
 */
import { relayoutScaleBoard } from '../../markers/scaleBoard.js';
import type { ScaleLayout } from '../../markers/scale.js';
import { compareScales } from '../../markers/compareScales.js';
import type { Werkvorm } from '../Werkvorm.js';
import { classifyEnergiemeter } from './classify.js';
import { harvestEnergiemeter, type EnergiemeterResult } from './harvest.js';
import { energiemeterLayout } from './layout.js';
import { energiemeterSettings, type EnergiemeterSettings } from './settings.js';
import { DESCRIPTION, NAME, REFLECTION, STEPS } from './texts.js';

export const energiemeter: Werkvorm<EnergiemeterSettings, ScaleLayout, EnergiemeterResult> = {
  id: 'energiemeter',
  name: NAME,
  description: DESCRIPTION,
  cardKinds: ['markering', 'kaart'],
  relations: false,
  settings: energiemeterSettings,
  layout: energiemeterLayout,
  classify: classifyEnergiemeter,
  relayout: relayoutScaleBoard,
  steps: STEPS,
  reflection: REFLECTION,
  harvest: harvestEnergiemeter,
  compare: compareScales,
};

export type { EnergiemeterResult, HarvestedCard } from './harvest.js';
export { SOURCE_COLORS, SourceZone, meterId } from './layout.js';
export {
  MAX_TOPICS,
  energiemeterSettings,
  topicsOf,
  type EnergiemeterSettings,
} from './settings.js';
