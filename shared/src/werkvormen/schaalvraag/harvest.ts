/**
 * The harvest of the schaalvraag: every marker with its person per ronde and now, the group's
 * median and spread, a chart of the scale, the cards per question, and reflection.
 */
import type { BoardCard, BoardRelation } from '../../cards/BoardCard.js';
import {
  harvestScales,
  scaleCharts,
  scaleTables,
  type ScaleHarvest,
} from '../../markers/markerHarvest.js';
import type { Harvest, HarvestCell } from '../Harvest.js';
import { reflectionTable } from '../reflectie.js';
import { cardTable, type HarvestedCard, sortIntoZones } from '../zoneBoard.js';
import { QUESTION_ZONES, schaalvraagLayout, type QuestionZone } from './layout.js';
import type { SchaalvraagSettings } from './settings.js';
import { HARVEST_LABELS as L, QUESTION_TEXTS, REFLECTION } from './texts.js';

export type { HarvestedCard };

export interface SchaalvraagResult {
  /** The scale: its rondes and now, each with every person's value, median and spread. */
  scale: ScaleHarvest;
  /** The cards of each question, in reading order. */
  vragen: Record<QuestionZone, HarvestedCard[]>;
  overig: HarvestedCard[];
}

export function harvestSchaalvraag(
  cards: readonly BoardCard[],
  _relations: readonly BoardRelation[],
  settings: SchaalvraagSettings,
  extraAnswers: readonly string[] = [],
): Harvest<SchaalvraagResult> {
  const layout = schaalvraagLayout(settings);
  const scales = harvestScales(cards, layout, settings.rondes);
  // Markers are harvested on the scale above; the rest are cards.
  const written = cards.filter((card) => card.kind !== 'markering');
  const { byZone, overig, answers } = sortIntoZones(written, layout, QUESTION_ZONES, extraAnswers);
  const vragen = byZone as Record<QuestionZone, HarvestedCard[]>;
  const questionRows = QUESTION_ZONES.flatMap((id) =>
    vragen[id].map((card): HarvestCell[] => [QUESTION_TEXTS[id].label, card.text, card.author]),
  );
  return {
    werkvorm: 'schaalvraag',
    thema: settings.thema,
    result: { scale: scales[0] as ScaleHarvest, vragen, overig },
    reflection: { prompts: REFLECTION, answers },
    charts: scaleCharts(scales, layout),
    tables: [
      ...scaleTables(scales),
      {
        id: 'vragen',
        title: L.vragen,
        columns: [
          { key: 'vraag', label: L.vraag },
          { key: 'tekst', label: L.tekst },
          { key: 'auteur', label: L.auteur },
        ],
        rows: questionRows,
      },
      cardTable('overig', L.overig, overig),
      reflectionTable(answers),
    ],
  };
}
