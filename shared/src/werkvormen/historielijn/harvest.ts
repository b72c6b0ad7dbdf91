/**
 * The historielijn's harvest: the anecdotes in date order with their stories, the order in which
 * people joined, the reflection answers, and every other card, so that nothing written is lost.
 */
import {
  cardCentre,
  cardTitle,
  compareReadingOrder,
  type BoardCard,
  type BoardRelation,
} from '../../cards/BoardCard.js';
import { comparePeriods, periodToIso, type Period } from '../../cards/period.js';
import type { Localized } from '../../i18n.js';
import { isoTime, type Harvest } from '../Harvest.js';
import { zoneAt } from '../Layout.js';
import { REFLECTIE_ZONE_ID, reflectionAnswers, reflectionTable } from '../reflectie.js';
import { periodFromPosition } from './classify.js';
import { TIJDBALK_ZONE_ID, TOETREDING_ZONE_ID, historielijnLayout } from './layout.js';
import { PURPOSE_LABELS, type HistorielijnSettings } from './settings.js';
import { HARVEST_LABELS as L, REFLECTION } from './texts.js';

export interface HarvestedAnekdote {
  id: string;
  /** From its place on the tijdbalk; off the axis, the date written on the card (or `null`). */
  period: Period | null;
  /** Whether it lies on the tijdbalk. */
  onAxis: boolean;
  title: string;
  story: string;
  author: string;
  createdAt: number | null;
}

export interface HistorielijnResult {
  period: HistorielijnSettings['period'];
  purpose: Localized;
  /** Chronological; undated anecdotes last. */
  anekdotes: HarvestedAnekdote[];
  /** The cards in the lane, from the first to join to the last. */
  toetreding: { id: string; name: string; period: Period; author: string }[];
  /** Cards that are neither anecdotes, nor in the lane, nor reflection answers. */
  overig: { id: string; text: string; author: string }[];
}

export function harvestHistorielijn(
  cards: readonly BoardCard[],
  _relations: readonly BoardRelation[],
  settings: HistorielijnSettings,
  extraAnswers: readonly string[] = [],
): Harvest<HistorielijnResult> {
  const layout = historielijnLayout(settings);
  const answers = reflectionAnswers(cards, layout, extraAnswers);
  const answered = new Set(answers.map((answer) => answer.cardId));
  const result: HistorielijnResult = {
    period: settings.period,
    purpose: PURPOSE_LABELS[settings.purpose],
    anekdotes: [],
    toetreding: [],
    overig: [],
  };
  for (const card of [...cards].sort(compareReadingOrder)) {
    const zone = zoneAt(layout, cardCentre(card))?.id;
    // A note on the tijdbalk is an anecdote too: groups often grab whatever card is at hand.
    if (card.kind === 'anekdote' || zone === TIJDBALK_ZONE_ID) {
      const onAxis = zone === TIJDBALK_ZONE_ID;
      result.anekdotes.push({
        id: card.id,
        period: onAxis
          ? periodFromPosition(card, layout)
          : card.kind === 'anekdote'
            ? card.period
            : null,
        onAxis,
        title: cardTitle(card),
        story: card.kind === 'anekdote' ? card.story : '',
        author: card.author,
        createdAt: card.createdAt,
      });
    } else if (zone === TOETREDING_ZONE_ID) {
      const period = periodFromPosition(card, layout);
      result.toetreding.push({ id: card.id, name: cardTitle(card), period, author: card.author });
    } else if (!(zone === REFLECTIE_ZONE_ID && answered.has(card.id))) {
      result.overig.push({ id: card.id, text: cardTitle(card), author: card.author });
    }
  }
  result.anekdotes.sort((a, b) =>
    a.period && b.period ? comparePeriods(a.period, b.period) : a.period ? -1 : b.period ? 1 : 0,
  );
  result.toetreding.sort((a, b) => comparePeriods(a.period, b.period));
  return {
    werkvorm: 'historielijn',
    thema: settings.thema,
    result,
    reflection: { prompts: REFLECTION, answers },
    tables: [
      {
        id: 'anekdotes',
        title: L.anekdotes,
        columns: [
          { key: 'datum', label: L.datum, format: 'period' },
          { key: 'titel', label: L.titel },
          { key: 'verhaal', label: L.verhaal },
          { key: 'auteur', label: L.auteur },
          { key: 'geschreven', label: { nl: 'Geschreven op', en: 'Written at' }, format: 'time' },
        ],
        rows: result.anekdotes.map((a) => [
          a.period ? periodToIso(a.period) : '',
          a.title,
          a.story,
          a.author,
          isoTime(a.createdAt),
        ]),
      },
      {
        id: 'toetreding',
        title: L.toetreding,
        columns: [
          { key: 'volgorde', label: L.volgorde },
          { key: 'naam', label: L.naam },
          { key: 'datum', label: L.datum, format: 'period' },
        ],
        rows: result.toetreding.map((t, i) => [String(i + 1), t.name, periodToIso(t.period)]),
      },
      {
        id: 'overig',
        title: L.overig,
        columns: [
          { key: 'tekst', label: L.tekst },
          { key: 'auteur', label: L.auteur },
        ],
        rows: result.overig.map((o) => [o.text, o.author]),
      },
      reflectionTable(answers),
    ],
  };
}
