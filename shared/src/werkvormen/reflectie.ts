/**
 * The reflectie zone every werkvorm with reflection prompts includes: the last step shows the
 * prompts, and the group writes its answers as notes (kaart) in this zone, so they are on the
 * board for everyone and in the harvest.
 */
import {
  cardCentre,
  compareReadingOrder,
  type Bounds,
  type BoardCard,
  type KaartCard,
} from '../cards/BoardCard.js';
import type { Localized } from '../i18n.js';
import type { HarvestTable, ReflectionAnswer } from './Harvest.js';
import { textMark, zoneContains, type Layout, type Mark, type RectZone } from './Layout.js';
import type { Placement } from './Werkvorm.js';

export const REFLECTIE_ZONE_ID = 'reflectie';

const REFLECTIE_LABEL: Localized = { nl: 'Reflectie', en: 'Reflection' };

/** Room at the top of the zone for its label and the prompts. */
const PROMPT_LINE = 44;

/** The reflectie zone at the given place. */
export function reflectieZone(bounds: Bounds): RectZone {
  return {
    id: REFLECTIE_ZONE_ID,
    kind: 'rect',
    ...bounds,
    label: REFLECTIE_LABEL,
    labelAt: { x: bounds.x + 24, y: bounds.y + 40 },
    color: 'yellow',
  };
}

/** The prompts written at the top of the reflectie zone, one per line, numbered. */
export function reflectieMarks(zone: RectZone, prompts: readonly Localized[]): Mark[] {
  return prompts.map((prompt, index) =>
    textMark(
      { x: zone.x + 24, y: zone.y + 40 + PROMPT_LINE * (index + 1) },
      { nl: `${index + 1}. ${prompt.nl}`, en: `${index + 1}. ${prompt.en}` },
      's',
      'start',
      true,
    ),
  );
}

/** The height a reflectie zone needs for its prompts plus rows of answers. */
export function reflectieHeight(promptCount: number, answerRows = 2): number {
  return 40 + PROMPT_LINE * (promptCount + 1) + answerRows * 240;
}

/** The placement of a card in the reflectie zone. */
export const REFLECTIE_PLACEMENT: Placement = {
  zoneId: REFLECTIE_ZONE_ID,
  label: { nl: 'reflectie', en: 'reflection' },
  color: 'yellow',
};

/** Whether a card lies in the reflectie zone of a layout. */
export function inReflectie(card: BoardCard, layout: Layout): boolean {
  const zone = layout.zones.find((z) => z.id === REFLECTIE_ZONE_ID);
  return zone !== undefined && zoneContains(zone, cardCentre(card));
}

/**
 * The answers on the board (kaart cards in the reflectie zone, in reading order, empty ones
 * left out), then the answers given another way.
 */
export function reflectionAnswers(
  cards: readonly BoardCard[],
  layout: Layout,
  extra: readonly string[] = [],
): ReflectionAnswer[] {
  const onBoard = cards
    .filter(
      (card): card is KaartCard =>
        card.kind === 'kaart' && card.text.trim().length > 0 && inReflectie(card, layout),
    )
    .sort(compareReadingOrder)
    .map((card) => ({ cardId: card.id, text: card.text, author: card.author }));
  const given = extra
    .filter((text) => text.trim().length > 0)
    .map((text) => ({ cardId: null, text, author: '' }));
  return [...onBoard, ...given];
}

/** The reflection answers as a table. */
export function reflectionTable(answers: readonly ReflectionAnswer[]): HarvestTable {
  return {
    id: 'reflectie',
    title: { nl: 'Reflectie', en: 'Reflection' },
    columns: [
      { key: 'antwoord', label: { nl: 'Antwoord', en: 'Answer' } },
      { key: 'auteur', label: { nl: 'Auteur', en: 'Author' } },
    ],
    rows: answers.map((answer) => [answer.text, answer.author]),
  };
}
