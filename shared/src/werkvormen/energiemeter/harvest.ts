/**
 * The harvest of the energiemeter: per meter every marker with its person per ronde and now, the
 * group's median and spread and a chart; what gives and what costs energy; reflection.
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
import { energiemeterLayout, SourceZone } from './layout.js';
import type { EnergiemeterSettings } from './settings.js';
import { HARVEST_LABELS as L, REFLECTION, SOURCE_TEXTS } from './texts.js';

export type { HarvestedCard };

export interface EnergiemeterResult {
  /** One per meter, in the order of the topics. */
  meters: ScaleHarvest[];
  /** What gives and what costs energy, in reading order. */
  geeft: HarvestedCard[];
  kost: HarvestedCard[];
  overig: HarvestedCard[];
}

export function harvestEnergiemeter(
  cards: readonly BoardCard[],
  _relations: readonly BoardRelation[],
  settings: EnergiemeterSettings,
  extraAnswers: readonly string[] = [],
): Harvest<EnergiemeterResult> {
  const layout = energiemeterLayout(settings);
  const meters = harvestScales(cards, layout, settings.rondes);
  // Markers are harvested per meter above; the rest are cards.
  const written = cards.filter((card) => card.kind !== 'markering');
  const sources = [SourceZone.Geeft, SourceZone.Kost] as const;
  const { byZone, overig, answers } = sortIntoZones(written, layout, sources, extraAnswers);
  const result: EnergiemeterResult = {
    meters,
    geeft: byZone[SourceZone.Geeft] ?? [],
    kost: byZone[SourceZone.Kost] ?? [],
    overig,
  };
  const sourceRows = sources.flatMap((id) =>
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
      cardTable('overig', L.overig, overig),
      reflectionTable(answers),
    ],
  };
}
