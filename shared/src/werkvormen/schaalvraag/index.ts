/** Schaalvraag: each person's marker on a 0–10 scale, and the steps up from there (`002:3138-3181`). */
import { relayoutScaleBoard } from '../../markers/scaleBoard.js';
import type { ScaleLayout } from '../../markers/scale.js';
import { compareScales } from '../../markers/compareScales.js';
import type { Werkvorm } from '../Werkvorm.js';
import { classifySchaalvraag } from './classify.js';
import { harvestSchaalvraag, type SchaalvraagResult } from './harvest.js';
import { schaalvraagLayout } from './layout.js';
import { schaalvraagSettings, type SchaalvraagSettings } from './settings.js';
import { DESCRIPTION, NAME, REFLECTION, STEPS } from './texts.js';

export const schaalvraag: Werkvorm<SchaalvraagSettings, ScaleLayout, SchaalvraagResult> = {
  id: 'schaalvraag',
  name: NAME,
  description: DESCRIPTION,
  cardKinds: ['markering', 'kaart'],
  relations: false,
  settings: schaalvraagSettings,
  layout: schaalvraagLayout,
  classify: classifySchaalvraag,
  relayout: relayoutScaleBoard,
  steps: STEPS,
  reflection: REFLECTION,
  harvest: harvestSchaalvraag,
  compare: compareScales,
};

export type { HarvestedCard, SchaalvraagResult } from './harvest.js';
export { QUESTION_COLORS, QUESTION_ZONES, QuestionZone, SCALE_ID } from './layout.js';
export { schaalvraagSettings, type SchaalvraagSettings } from './settings.js';
