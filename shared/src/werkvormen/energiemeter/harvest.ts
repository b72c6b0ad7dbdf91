/**
 * The harvest of the energiemeter: per meter every marker with its person per ronde and now, the
 * group's median and spread and a chart; what gives and what costs energy; reflection.
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
import { energiemeterLayout, SourceZone } from './layout.js';
import type { EnergiemeterSettings } from './settings.js';
import { HARVEST_LABELS as L, REFLECTION, SOURCE_TEXTS } from './texts.js';

export interface HarvestedCard {
  id: string;
  text: string;
  author: string;
}

export interface EnergiemeterResult {
  /** One per meter, in the order of the topics. */
  meters: ScaleHarvest[];
  /** What gives and what costs energy, in reading order. */
  geeft: HarvestedCard[];
  kost: HarvestedCard[];
  overig: HarvestedCard[];
}

const harvested = (card: BoardCard): HarvestedCard => ({
  id: card.id,
  text: cardTitle(card),
  author: card.author,
});

export function harvestEnergiemeter(
  cards: readonly BoardCard[],
  _relations: readonly BoardRelation[],
  settings: EnergiemeterSettings,
  extraAnswers: readonly string[] = [],
): Harvest<EnergiemeterResult> {
  const layout = energiemeterLayout(settings);
  const answers = reflectionAnswers(cards, layout, extraAnswers);
  const answered = new Set(answers.map((answer) => answer.cardId));
  const meters = harvestScales(cards, layout, settings.rondes);
  const result: EnergiemeterResult = { meters, geeft: [], kost: [], overig: [] };
  for (const card of [...cards].sort(compareReadingOrder)) {
    if (card.kind === 'markering' || answered.has(card.id)) continue;
    const zone = zoneAt(layout, cardCentre(card))?.id;
    if (zone === SourceZone.Geeft || zone === SourceZone.Kost) result[zone].push(harvested(card));
    else result.overig.push(harvested(card));
  }
  const sourceRows = ([SourceZone.Geeft, SourceZone.Kost] as const).flatMap((id) =>
    result[id].map((card): HarvestCell[] => [SOURCE_TEXTS[id].label, card.text, card.author]),
  );
  return {
    werkvorm: 'energiemeter',
    thema: settings.thema,
    result,
    reflection: { prompts: REFLECTION, answers },
    charts: scaleCharts(meters, layout),
    tables: [
      ...scaleTables(meters),
      {
        id: 'bronnen',
        title: L.bronnen,
        columns: [
          { key: 'soort', label: L.soort },
          { key: 'tekst', label: L.tekst },
          { key: 'auteur', label: L.auteur },
        ],
        rows: sourceRows,
      },
      {
        id: 'overig',
        title: L.overig,
        columns: [
          { key: 'tekst', label: L.tekst },
          { key: 'auteur', label: L.auteur },
        ],
        rows: result.overig.map((card) => [card.text, card.author]),
      },
      reflectionTable(answers),
    ],
  };
}
