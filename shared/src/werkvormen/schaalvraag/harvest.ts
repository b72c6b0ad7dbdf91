/**
 * The harvest of the schaalvraag: every marker with its person per ronde and now, the group's
 * median and spread, a chart of the scale, the cards per question, and reflection.
 */
import {
  cardCentre,
  cardTitle,
  compareReadingOrder,
  type BoardCard,
  type BoardRelation,
} from '../../cards/BoardCard.js';
import {
  harvestScales,
  scaleCharts,
  scaleTables,
  type ScaleHarvest,
} from '../../markers/markerHarvest.js';
import type { Harvest, HarvestCell } from '../Harvest.js';
import { zoneAt } from '../Layout.js';
import { reflectionAnswers, reflectionTable } from '../reflectie.js';
import { QUESTION_ZONES, schaalvraagLayout, type QuestionZone } from './layout.js';
import type { SchaalvraagSettings } from './settings.js';
import { HARVEST_LABELS as L, QUESTION_TEXTS, REFLECTION } from './texts.js';

export interface HarvestedCard {
  id: string;
  text: string;
  author: string;
}

export interface SchaalvraagResult {
  /** The scale: its rondes and now, each with every person's value, median and spread. */
  scale: ScaleHarvest;
  /** The cards of each question, in reading order. */
  vragen: Record<QuestionZone, HarvestedCard[]>;
  overig: HarvestedCard[];
}

const harvested = (card: BoardCard): HarvestedCard => ({
  id: card.id,
  text: cardTitle(card),
  author: card.author,
});

export function harvestSchaalvraag(
  cards: readonly BoardCard[],
  _relations: readonly BoardRelation[],
  settings: SchaalvraagSettings,
  extraAnswers: readonly string[] = [],
): Harvest<SchaalvraagResult> {
  const layout = schaalvraagLayout(settings);
  const answers = reflectionAnswers(cards, layout, extraAnswers);
  const answered = new Set(answers.map((answer) => answer.cardId));
  const scales = harvestScales(cards, layout, settings.rondes);
  const vragen = Object.fromEntries(
    QUESTION_ZONES.map((id) => [id, [] as HarvestedCard[]]),
  ) as Record<QuestionZone, HarvestedCard[]>;
  const overig: HarvestedCard[] = [];
  for (const card of [...cards].sort(compareReadingOrder)) {
    if (card.kind === 'markering' || answered.has(card.id)) continue;
    const zone = zoneAt(layout, cardCentre(card))?.id;
    if (zone !== undefined && zone in vragen) vragen[zone as QuestionZone].push(harvested(card));
    else overig.push(harvested(card));
  }
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
      {
        id: 'overig',
        title: L.overig,
        columns: [
          { key: 'tekst', label: L.tekst },
          { key: 'auteur', label: L.auteur },
        ],
        rows: overig.map((card) => [card.text, card.author]),
      },
      reflectionTable(answers),
    ],
  };
}
