/**
 * The harvest of the progressiecirkel: the cards per circle, each with whether it is marked as
 * laaghangend fruit, and the fruit on its own (the next steps to take first).
 */
import type { BoardCard, BoardRelation } from '../../cards/BoardCard.js';
import type { Harvest, HarvestCell } from '../Harvest.js';
import { reflectionTable } from '../reflectie.js';
import { cardTable, sortIntoZones, type HarvestedCard } from '../zoneBoard.js';
import { progressiecirkelLayout } from './layout.js';
import type { ProgressiecirkelSettings } from './settings.js';
import { CIRCLES, CircleId, HARVEST_LABELS as L, LAAGHANGEND_FRUIT, REFLECTION } from './texts.js';

export interface ProgressieCard extends HarvestedCard {
  /** Marked as laaghangend fruit. */
  laaghangendFruit: boolean;
}

export interface FruitCard extends ProgressieCard {
  /** The circle it lies in; `null` outside both. */
  circle: CircleId | null;
}

export interface ProgressiecirkelResult {
  /** The subject of the circle; `''` when not set. */
  onderwerp: string;
  /** The inner circle, in reading order. */
  bereikt: ProgressieCard[];
  /** The outer ring, in reading order. */
  nogTeBoeken: ProgressieCard[];
  /** Every card marked as laaghangend fruit: the ring's first, then the inner circle's, then others. */
  laaghangendFruit: FruitCard[];
  overig: ProgressieCard[];
}

const MARKS = [LAAGHANGEND_FRUIT];
const CIRCLE_IDS = [CircleId.Bereikt, CircleId.NogTeBoeken] as const;

const withFruit = (card: HarvestedCard): ProgressieCard => ({
  ...card,
  laaghangendFruit: card.marks.includes(LAAGHANGEND_FRUIT.id),
});

export function harvestProgressiecirkel(
  cards: readonly BoardCard[],
  _relations: readonly BoardRelation[],
  settings: ProgressiecirkelSettings,
  extraAnswers: readonly string[] = [],
): Harvest<ProgressiecirkelResult> {
  const layout = progressiecirkelLayout(settings);
  const { byZone, overig, answers } = sortIntoZones(cards, layout, CIRCLE_IDS, extraAnswers, MARKS);
  const bereikt = (byZone.bereikt ?? []).map(withFruit);
  const nogTeBoeken = (byZone['nog-te-boeken'] ?? []).map(withFruit);
  const rest = overig.map(withFruit);
  const fruit = (list: ProgressieCard[], circle: CircleId | null): FruitCard[] =>
    list.filter((card) => card.laaghangendFruit).map((card) => ({ ...card, circle }));
  const result: ProgressiecirkelResult = {
    onderwerp: settings.thema.trim(),
    bereikt,
    nogTeBoeken,
    laaghangendFruit: [
      ...fruit(nogTeBoeken, CircleId.NogTeBoeken),
      ...fruit(bereikt, CircleId.Bereikt),
      ...fruit(rest, null),
    ],
    overig: rest,
  };
  const yes = (card: ProgressieCard): HarvestCell => (card.laaghangendFruit ? L.ja : '');
  const circleRows = (id: CircleId, list: ProgressieCard[]) =>
    list.map((card): HarvestCell[] => [CIRCLES[id].short, card.text, yes(card), card.author]);
  return {
    werkvorm: 'progressiecirkel',
    thema: settings.thema,
    result,
    reflection: { prompts: REFLECTION, answers },
    tables: [
      {
        id: 'progressie',
        title: L.progressie,
        columns: [
          { key: 'cirkel', label: L.cirkel },
          { key: 'tekst', label: L.tekst },
          { key: 'laaghangend-fruit', label: L.fruit },
          { key: 'auteur', label: L.auteur },
        ],
        rows: [...circleRows('bereikt', bereikt), ...circleRows('nog-te-boeken', nogTeBoeken)],
      },
      {
        id: 'laaghangend-fruit',
        title: L.fruit,
        columns: [
          { key: 'cirkel', label: L.cirkel },
          { key: 'tekst', label: L.tekst },
          { key: 'auteur', label: L.auteur },
        ],
        rows: result.laaghangendFruit.map((card) => [
          card.circle ? CIRCLES[card.circle].short : '',
          card.text,
          card.author,
        ]),
      },
      cardTable('overig', L.overig, rest),
      reflectionTable(answers),
    ],
  };
}
