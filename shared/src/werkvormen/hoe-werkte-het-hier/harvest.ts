/** The harvest of "Hoe werkte het hier?": the scenes of the example, the two columns, reflection. */
import type { BoardCard, BoardRelation } from '../../cards/BoardCard.js';
import type { Harvest } from '../Harvest.js';
import { reflectionTable } from '../reflectie.js';
import { cardTable, sortIntoZones, zonesTable, type HarvestedCard } from '../zoneBoard.js';
import { hoeWerkteHetHierLayout } from './layout.js';
import type { HoeWerkteHetHierSettings } from './settings.js';
import { HARVEST_LABELS as L, REFLECTION, zoneTexts } from './texts.js';

export interface HoeWerkteHetHierResult {
  /** Who told the example; `''` when not set. */
  eigenaar: string;
  /** The scenes of the example, in reading order. */
  voorbeeld: HarvestedCard[];
  /** What the owner did: initiatives, qualities, strengths, actions. */
  ikzelf: HarvestedCard[];
  /** What the context and other people contributed. */
  context: HarvestedCard[];
  overig: HarvestedCard[];
}

export function harvestHoeWerkteHetHier(
  cards: readonly BoardCard[],
  _relations: readonly BoardRelation[],
  settings: HoeWerkteHetHierSettings,
  extraAnswers: readonly string[] = [],
): Harvest<HoeWerkteHetHierResult> {
  const layout = hoeWerkteHetHierLayout(settings);
  const { byZone, overig, answers } = sortIntoZones(
    cards,
    layout,
    ['voorbeeld', 'ikzelf', 'context'],
    extraAnswers,
  );
  const texts = zoneTexts(settings.eigenaar);
  const result: HoeWerkteHetHierResult = {
    eigenaar: settings.eigenaar.trim(),
    voorbeeld: byZone.voorbeeld ?? [],
    ikzelf: byZone.ikzelf ?? [],
    context: byZone.context ?? [],
    overig,
  };
  return {
    werkvorm: 'hoe-werkte-het-hier',
    thema: settings.thema,
    result,
    reflection: { prompts: REFLECTION, answers },
    tables: [
      cardTable('voorbeeld', L.voorbeeld, result.voorbeeld),
      zonesTable('succesfactoren', L.succesfactoren, L.kolom, [
        { label: texts.ikzelf.short, cards: result.ikzelf },
        { label: texts.context.short, cards: result.context },
      ]),
      cardTable('overig', L.overig, result.overig),
      reflectionTable(answers),
    ],
  };
}
