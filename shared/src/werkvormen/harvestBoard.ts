import { type BoardCard, cardTitle, compareReadingOrder } from '../cards/BoardCard.js';
import { cardsFromRecords } from '../cards/cardsFromRecords.js';
import { readVoteTotals } from '../facilitation/sessionState.js';
import {
  ANONYMOUS_MARKER_COLOUR,
  settingsWithAnonymousRondes,
} from '../markers/anonymousMarkers.js';
import type { Harvest, HarvestTable, HarvestVote } from './Harvest.js';
import { AUTHOR_COLUMN } from './Harvest.js';
import { settingsOrDefaults } from './SettingsSchema.js';
import { settingsSummary } from './settingsSummary.js';
import type { Werkvorm } from './Werkvorm.js';

/**
 * The harvest of a stored board: its tldraw records (the content document's values) and its stored
 * settings (the control document's `settings`, possibly old or missing), read the same way on the
 * server (`GET /api/boards/<id>/harvest`) and in the client. `storedVoteTotals` is the control
 * document's `voteTotals`: the cards with dots become `votes`, most dots first, and a table.
 * For reports it adds the settings written out and the cards' authors.
 *
 * `anonymous` ("anoniem schrijven", the control document's `anonymous`): no author anywhere,
 * whatever a card may still carry: the werkvorm sees cards without one, its tables lose their
 * author column, and there are no `authors`; a marker (and a ronde's) has no name and no colour
 * of its person either.
 */
export function harvestBoard(
  werkvorm: Werkvorm,
  records: readonly unknown[],
  storedSettings: unknown,
  reflectionAnswers: readonly string[] = [],
  storedVoteTotals: unknown = undefined,
  { anonymous = false }: { anonymous?: boolean } = {},
): Harvest {
  const read = cardsFromRecords(records);
  const cards = anonymous ? read.cards.map(withoutPerson) : read.cards;
  const settings = settingsOrDefaults(
    werkvorm.settings,
    anonymous ? settingsWithAnonymousRondes(storedSettings) : storedSettings,
  );
  const harvest = werkvorm.harvest(cards, read.relations, settings, reflectionAnswers);
  const votes = harvestVotes(cards, storedVoteTotals);
  const tables = votes.length > 0 ? [...harvest.tables, votesTable(votes)] : harvest.tables;
  return {
    ...harvest,
    tables: anonymous ? tables.map(withoutAuthorColumn) : tables,
    votes,
    settings: settingsSummary(werkvorm.settings, settings),
    authors: anonymous ? [] : cardAuthors(cards),
    ...(anonymous ? { anonymous: true } : {}),
  };
}

function withoutPerson(card: BoardCard): BoardCard {
  return card.kind === 'markering'
    ? { ...card, author: '', colour: ANONYMOUS_MARKER_COLOUR }
    : { ...card, author: '' };
}

/** The table without its author column (`AUTHOR_COLUMN`), for an anonymous board. */
function withoutAuthorColumn(table: HarvestTable): HarvestTable {
  const index = table.columns.findIndex((column) => column.key === AUTHOR_COLUMN);
  if (index < 0) return table;
  return {
    ...table,
    columns: table.columns.filter((_, i) => i !== index),
    rows: table.rows.map((row) => row.filter((_, i) => i !== index)),
  };
}

/** The distinct authors of the cards, alphabetical (Dutch collation); unnamed cards add none. */
export function cardAuthors(cards: readonly BoardCard[]): string[] {
  const names = new Set(cards.map((card) => card.author.trim()).filter(Boolean));
  return [...names].sort((a, b) => a.localeCompare(b, 'nl'));
}

/** The cards that got dots, most first; equal totals in reading order. Gone cards are left out. */
export function harvestVotes(
  cards: readonly BoardCard[],
  storedVoteTotals: unknown,
): HarvestVote[] {
  const counts = readVoteTotals(storedVoteTotals)?.counts ?? {};
  return cards
    .filter((card) => (counts[card.id] ?? 0) > 0)
    .sort((a, b) => (counts[b.id] ?? 0) - (counts[a.id] ?? 0) || compareReadingOrder(a, b))
    .map((card) => ({ cardId: card.id, text: cardTitle(card), count: counts[card.id] ?? 0 }));
}

function votesTable(votes: readonly HarvestVote[]): HarvestTable {
  return {
    id: 'stemmen',
    title: { nl: 'Stemmen', en: 'Votes' },
    columns: [
      { key: 'kaart', label: { nl: 'Kaart', en: 'Card' } },
      { key: 'stemmen', label: { nl: 'Stemmen', en: 'Votes' } },
    ],
    rows: votes.map((vote) => [vote.text, String(vote.count)]),
  };
}
