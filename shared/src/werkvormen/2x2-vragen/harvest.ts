/** The harvest of the 2x2 vragen: the cards per question in reading order (the first action first). */
import type { BoardCard, BoardRelation } from '../../cards/BoardCard.js';
import type { Localized } from '../../i18n.js';
import type { Harvest } from '../Harvest.js';
import { reflectionTable } from '../reflectie.js';
import { cardTable, sortIntoZones, zonesTable, type HarvestedCard } from '../zoneBoard.js';
import { tweeKeerTweeLayout } from './layout.js';
import type { TweeKeerTweeSettings } from './settings.js';
import {
  HARVEST_LABELS as L,
  QUESTIONS,
  QUESTION_IDS,
  REFLECTION,
  type QuestionId,
} from './texts.js';

export interface QuestionHarvest {
  id: QuestionId;
  question: Localized;
  /** In reading order: for actie, the first step first. */
  cards: HarvestedCard[];
}

export interface TweeKeerTweeResult {
  /** Whom the conversation is with; `''` when not set. */
  partner: string;
  /** The four questions, in the order they are asked. */
  vragen: QuestionHarvest[];
  overig: HarvestedCard[];
}

export function harvestTweeKeerTwee(
  cards: readonly BoardCard[],
  _relations: readonly BoardRelation[],
  settings: TweeKeerTweeSettings,
  extraAnswers: readonly string[] = [],
): Harvest<TweeKeerTweeResult> {
  const layout = tweeKeerTweeLayout(settings);
  const { byZone, overig, answers } = sortIntoZones(cards, layout, QUESTION_IDS, extraAnswers);
  const vragen = QUESTION_IDS.map((id) => ({
    id,
    question: QUESTIONS[id].hint,
    cards: byZone[id] ?? [],
  }));
  return {
    werkvorm: '2x2-vragen',
    thema: settings.thema,
    result: { partner: settings.partner.trim(), vragen, overig },
    reflection: { prompts: REFLECTION, answers },
    tables: [
      zonesTable(
        'vragen',
        L.vragen,
        L.vraag,
        vragen.map((vraag) => ({ label: QUESTIONS[vraag.id].short, cards: vraag.cards })),
      ),
      cardTable('overig', L.overig, overig),
      reflectionTable(answers),
    ],
  };
}
