/**
 * What werkvormen whose meaning is "the zone a card lies in" share (columns, a 2 × 2, voices,
 * two circles): a labelled zone with a hint under its label, classifying a card by its zone, and
 * sorting cards into zones for the harvest, with the reflection answers apart and the rest as
 * "overig". Each werkvorm keeps its own geometry, texts and result; this is only the common part.
 */
import {
  cardCentre,
  cardTitle,
  compareReadingOrder,
  type BoardCard,
  type Bounds,
} from '../cards/BoardCard.js';
import { declaredMarks, type CardMark } from '../cards/cardMarks.js';
import type { Localized } from '../i18n.js';
import type { HarvestTable, ReflectionAnswer } from './Harvest.js';
import { COMMON_HARVEST_LABELS } from './Harvest.js';
import {
  textMark,
  zoneAt,
  type Layout,
  type Mark,
  type RectZone,
  type TldrawColor,
} from './Layout.js';
import { REFLECTIE_PLACEMENT, REFLECTIE_ZONE_ID, reflectionAnswers } from './reflectie.js';
import type { Placement } from './Werkvorm.js';

/** The texts of a zone: its label on the board, a hint under it, and the short word on a card. */
export interface ZoneTexts {
  label: Localized;
  hint: Localized;
  short: Localized;
}

/** Room from a rectangle's top to its label, and from the label to its hint. */
const LABEL_Y = 48;
const HINT_Y = 96;
const INSET = 24;

/** A rectangle zone with its label in the top-left corner. */
export function labelledRect(
  id: string,
  bounds: Bounds,
  texts: ZoneTexts,
  color: TldrawColor | null,
): RectZone {
  return {
    id,
    kind: 'rect',
    ...bounds,
    label: texts.label,
    labelAt: { x: bounds.x + INSET, y: bounds.y + LABEL_Y },
    color,
  };
}

/** The hint under a rectangle's label (its question), muted, growing to stay readable. */
export function hintMark(zone: RectZone, hint: Localized): Mark {
  return growing(textMark({ x: zone.x + INSET, y: zone.y + HINT_Y }, hint, 'm', 'start', true));
}

/** A text mark that grows when the board is zoomed out (a zone's question). */
export function growing(mark: Mark): Mark {
  return mark.kind === 'text' ? { ...mark, grow: true } : mark;
}

/** The thema as the board's title, above its top-left corner; nothing when it is empty. */
export function themaMarks(thema: string, at = { x: 0, y: -80 }): Mark[] {
  const text = thema.trim();
  return text ? [textMark(at, { nl: text, en: text }, 'xl', 'start')] : [];
}

/**
 * A card means the zone it lies in: the zone's short word (`shorts`) and colour; the reflectie
 * zone as everywhere; a zone without a short word, or no zone, means nothing.
 */
export function classifyByZone(
  card: BoardCard,
  layout: Layout,
  shorts: Readonly<Record<string, Localized>>,
): Placement {
  const zone = zoneAt(layout, cardCentre(card));
  if (zone?.id === REFLECTIE_ZONE_ID) return REFLECTIE_PLACEMENT;
  const short = zone && shorts[zone.id];
  if (!zone || !short) return { zoneId: null, label: { nl: '', en: '' }, color: null };
  return { zoneId: zone.id, label: short, color: zone.color };
}

/** A card in a harvest: its short text, who wrote it, and the werkvorm's marks it carries. */
export interface HarvestedCard {
  id: string;
  text: string;
  author: string;
  /** The ids of the declared marks switched on, in the werkvorm's order (`[]` for none). */
  marks: string[];
}

export function harvestedCard(card: BoardCard, declared?: readonly CardMark[]): HarvestedCard {
  return {
    id: card.id,
    text: cardTitle(card),
    author: card.author,
    marks: declaredMarks(declared, card.marks).map((mark) => mark.id),
  };
}

export interface SortedCards {
  /** Per zone id asked for, its cards in reading order (every id is present). */
  byZone: Record<string, HarvestedCard[]>;
  /** Cards in no zone asked for, and not a reflection answer. */
  overig: HarvestedCard[];
  answers: ReflectionAnswer[];
}

/** The cards per zone, in reading order; reflection answers and the rest apart. */
export function sortIntoZones(
  cards: readonly BoardCard[],
  layout: Layout,
  zoneIds: readonly string[],
  extraAnswers: readonly string[] = [],
  declared?: readonly CardMark[],
): SortedCards {
  const answers = reflectionAnswers(cards, layout, extraAnswers);
  const answered = new Set(answers.map((answer) => answer.cardId));
  const byZone: Record<string, HarvestedCard[]> = Object.fromEntries(
    zoneIds.map((id) => [id, [] as HarvestedCard[]]),
  );
  const overig: HarvestedCard[] = [];
  for (const card of [...cards].sort(compareReadingOrder)) {
    const zone = zoneAt(layout, cardCentre(card))?.id;
    const list = zone === undefined ? undefined : byZone[zone];
    if (list) list.push(harvestedCard(card, declared));
    else if (!answered.has(card.id)) overig.push(harvestedCard(card, declared));
  }
  return { byZone, overig, answers };
}

/** A table of cards with their text and author. */
export function cardTable(
  id: string,
  title: Localized,
  cards: readonly HarvestedCard[],
): HarvestTable {
  return {
    id,
    title,
    columns: [
      { key: 'tekst', label: COMMON_HARVEST_LABELS.tekst },
      { key: 'auteur', label: COMMON_HARVEST_LABELS.auteur },
    ],
    rows: cards.map((card) => [card.text, card.author]),
  };
}

/**
 * One table of the cards of several zones: the zone's short word, the card's place within its
 * zone (1, 2, … in reading order: the first action is 1), its text and author.
 */
export function zonesTable(
  id: string,
  title: Localized,
  zoneLabel: Localized,
  zones: readonly { label: Localized; cards: readonly HarvestedCard[] }[],
): HarvestTable {
  return {
    id,
    title,
    columns: [
      { key: 'vak', label: zoneLabel },
      { key: 'volgorde', label: { nl: 'Nr.', en: 'No.' } },
      { key: 'tekst', label: COMMON_HARVEST_LABELS.tekst },
      { key: 'auteur', label: COMMON_HARVEST_LABELS.auteur },
    ],
    rows: zones.flatMap((zone) =>
      zone.cards.map((card, index) => [zone.label, String(index + 1), card.text, card.author]),
    ),
  };
}
