/**
 * The harvest of the cirkel van invloed: per person the cards in invloed and betrokkenheid (and
 * buiten), and a comparison across persons: the counts behind the team chart.
 */
import {
  cardCentre,
  cardTitle,
  compareReadingOrder,
  type BoardCard,
  type BoardRelation,
} from '../../cards/BoardCard.js';
import type { Harvest, HarvestCell } from '../Harvest.js';
import { inReflectie, reflectionAnswers, reflectionTable } from '../reflectie.js';
import { zoneAt } from '../Layout.js';
import { circleOf } from './classify.js';
import { VERZAMEL_ZONE_ID, cirkelLayout } from './layout.js';
import type { CirkelSettings } from './settings.js';
import { AREA_LABELS, HARVEST_LABELS as L, REFLECTION } from './texts.js';

export interface HarvestedCard {
  id: string;
  text: string;
  author: string;
}

export interface OwnerCircles {
  ownerId: string;
  name: string;
  invloed: HarvestedCard[];
  betrokkenheid: HarvestedCard[];
  /** In the owner's part of the grid, but outside both circles. */
  buiten: HarvestedCard[];
}

/** One bar group of the team chart. */
export interface OwnerComparison {
  ownerId: string;
  name: string;
  invloed: number;
  betrokkenheid: number;
  buiten: number;
  /** invloed / (invloed + betrokkenheid), 0–1; `null` when both are empty. */
  shareInvloed: number | null;
}

export interface CirkelResult {
  /** In the order of the settings. */
  owners: OwnerCircles[];
  comparison: OwnerComparison[];
  /** Still in the collecting area. */
  verzameld: HarvestedCard[];
  overig: HarvestedCard[];
}

const harvested = (card: BoardCard): HarvestedCard => ({
  id: card.id,
  text: cardTitle(card),
  author: card.author,
});

export function harvestCirkel(
  cards: readonly BoardCard[],
  _relations: readonly BoardRelation[],
  settings: CirkelSettings,
  extraAnswers: readonly string[] = [],
): Harvest<CirkelResult> {
  const layout = cirkelLayout(settings);
  const answers = reflectionAnswers(cards, layout, extraAnswers);
  const answered = new Set(answers.map((answer) => answer.cardId));
  const owners: OwnerCircles[] = layout.pairs.map((pair) => ({
    ownerId: pair.ownerId,
    name: pair.name,
    invloed: [],
    betrokkenheid: [],
    buiten: [],
  }));
  const result: CirkelResult = { owners, comparison: [], verzameld: [], overig: [] };
  for (const card of [...cards].sort(compareReadingOrder)) {
    const circle = circleOf(card, layout);
    const owner = circle && owners.find((o) => o.ownerId === circle.ownerId);
    if (circle && owner) owner[circle.area].push(harvested(card));
    else if (zoneAt(layout, cardCentre(card))?.id === VERZAMEL_ZONE_ID) {
      result.verzameld.push(harvested(card));
    } else if (!(inReflectie(card, layout) && answered.has(card.id))) {
      result.overig.push(harvested(card));
    }
  }
  result.comparison = owners.map((o) => {
    const counted = o.invloed.length + o.betrokkenheid.length;
    return {
      ownerId: o.ownerId,
      name: o.name,
      invloed: o.invloed.length,
      betrokkenheid: o.betrokkenheid.length,
      buiten: o.buiten.length,
      shareInvloed: counted === 0 ? null : o.invloed.length / counted,
    };
  });
  const circleRows = owners.flatMap((o) =>
    (['invloed', 'betrokkenheid', 'buiten'] as const).flatMap((area) =>
      o[area].map((card): HarvestCell[] => [o.name, AREA_LABELS[area], card.text, card.author]),
    ),
  );
  const textTable = (id: string, title: typeof L.overig, list: HarvestedCard[]) => ({
    id,
    title,
    columns: [
      { key: 'tekst', label: L.tekst },
      { key: 'auteur', label: L.auteur },
    ],
    rows: list.map((card) => [card.text, card.author]),
  });
  return {
    werkvorm: 'cirkel-van-invloed',
    thema: settings.thema,
    result,
    reflection: { prompts: REFLECTION, answers },
    tables: [
      {
        id: 'cirkels',
        title: L.cirkels,
        columns: [
          { key: 'persoon', label: L.persoon },
          { key: 'cirkel', label: L.cirkel },
          { key: 'tekst', label: L.tekst },
          { key: 'auteur', label: L.auteur },
        ],
        rows: circleRows,
      },
      {
        id: 'vergelijking',
        title: L.vergelijking,
        columns: [
          { key: 'persoon', label: L.persoon },
          { key: 'invloed', label: L.invloed },
          { key: 'betrokkenheid', label: L.betrokkenheid },
          { key: 'buiten', label: L.buiten },
          { key: 'aandeel', label: L.aandeel },
        ],
        rows: result.comparison.map((c) => [
          c.name,
          String(c.invloed),
          String(c.betrokkenheid),
          String(c.buiten),
          c.shareInvloed === null ? '' : String(Math.round(c.shareInvloed * 100)),
        ]),
      },
      textTable('verzameld', L.verzameld, result.verzameld),
      textTable('overig', L.overig, result.overig),
      reflectionTable(answers),
    ],
  };
}
