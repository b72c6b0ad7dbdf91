/** The harvest of the klaag- en jubelmuur: each wall's cards and clusters, the ambition, reflection. */
import {
  cardCentre,
  cardTitle,
  compareReadingOrder,
  type BoardCard,
  type BoardRelation,
} from '../../cards/BoardCard.js';
import type { Harvest, HarvestCell } from '../Harvest.js';
import { zoneAt } from '../Layout.js';
import { reflectionAnswers, reflectionTable } from '../reflectie.js';
import type { KlaagEnJubelmuurSettings } from './settings.js';
import { clusterCards } from './classify.js';
import { klaagEnJubelmuurLayout } from './layout.js';
import { HARVEST_LABELS as L, REFLECTION, ZONE_TEXTS } from './texts.js';

export interface HarvestedCard {
  id: string;
  text: string;
  author: string;
}

export interface WallHarvest {
  /** In reading order. */
  cards: HarvestedCard[];
  /** The ids of each cluster's cards; a lone card is a cluster of one. */
  clusters: string[][];
}

export interface KlaagEnJubelmuurResult {
  klaagmuur: WallHarvest;
  jubelmuur: WallHarvest;
  /** The ambition text(s), in reading order. */
  ambitie: HarvestedCard[];
  overig: HarvestedCard[];
}

const harvested = (card: BoardCard): HarvestedCard => ({
  id: card.id,
  text: cardTitle(card),
  author: card.author,
});

export function harvestKlaagEnJubelmuur(
  cards: readonly BoardCard[],
  _relations: readonly BoardRelation[],
  settings: KlaagEnJubelmuurSettings,
  extraAnswers: readonly string[] = [],
): Harvest<KlaagEnJubelmuurResult> {
  const layout = klaagEnJubelmuurLayout(settings);
  const answers = reflectionAnswers(cards, layout, extraAnswers);
  const answered = new Set(answers.map((answer) => answer.cardId));
  const byZone = new Map<string, BoardCard[]>();
  const overig: BoardCard[] = [];
  for (const card of [...cards].sort(compareReadingOrder)) {
    const zone = zoneAt(layout, cardCentre(card))?.id;
    if (zone === 'klaagmuur' || zone === 'jubelmuur' || zone === 'ambitie') {
      byZone.set(zone, [...(byZone.get(zone) ?? []), card]);
    } else if (!answered.has(card.id)) {
      overig.push(card);
    }
  }
  const wall = (id: 'klaagmuur' | 'jubelmuur'): WallHarvest => {
    const onWall = byZone.get(id) ?? [];
    return {
      cards: onWall.map(harvested),
      clusters: clusterCards(onWall).map((group) => group.map((card) => card.id)),
    };
  };
  const result: KlaagEnJubelmuurResult = {
    klaagmuur: wall('klaagmuur'),
    jubelmuur: wall('jubelmuur'),
    ambitie: (byZone.get('ambitie') ?? []).map(harvested),
    overig: overig.map(harvested),
  };
  const wallRows = (['klaagmuur', 'jubelmuur'] as const).flatMap((id) => {
    const texts = new Map(result[id].cards.map((card) => [card.id, card]));
    return result[id].clusters.flatMap((cluster, index) =>
      cluster.map((cardId): HarvestCell[] => {
        const card = texts.get(cardId) as HarvestedCard;
        return [ZONE_TEXTS[id].short, String(index + 1), card.text, card.author];
      }),
    );
  });
  return {
    werkvorm: 'klaag-en-jubelmuur',
    thema: settings.thema,
    result,
    reflection: { prompts: REFLECTION, answers },
    tables: [
      {
        id: 'muren',
        title: L.muren,
        columns: [
          { key: 'muur', label: L.muur },
          { key: 'cluster', label: L.cluster },
          { key: 'tekst', label: L.tekst },
          { key: 'auteur', label: L.auteur },
        ],
        rows: wallRows,
      },
      {
        id: 'ambitie',
        title: L.ambitie,
        columns: [
          { key: 'tekst', label: L.tekst },
          { key: 'auteur', label: L.auteur },
        ],
        rows: result.ambitie.map((card) => [card.text, card.author]),
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
