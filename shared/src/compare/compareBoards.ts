/**
 * The comparison of two boards of one werkvorm. Both are read the way the harvest reads them
 * (`harvestBoard`: the same cards, settings and `classify`), so the generic part works for every
 * werkvorm, present and future: cards per zone (zones of the same name added up, so each
 * person's "cirkel van invloed" counts as one), the cards only one board has, and the cards both
 * have in another place (people's markers aside). Then the werkvorm's own `compare`, where it has one, makes its view of
 * the two harvests.
 */
import {
  type BoardCard,
  cardTitle,
  compareReadingOrder,
  isWrittenCard,
} from '../cards/BoardCard.js';
import { cardsFromRecords } from '../cards/cardsFromRecords.js';
import { periodToIso } from '../cards/period.js';
import type { Localized } from '../i18n.js';
import type { HarvestCell, HarvestTable } from '../werkvormen/Harvest.js';
import { harvestBoard } from '../werkvormen/harvestBoard.js';
import { findZone, type Layout } from '../werkvormen/Layout.js';
import { settingsOrDefaults } from '../werkvormen/SettingsSchema.js';
import type { Werkvorm } from '../werkvormen/Werkvorm.js';
import {
  type BoardComparison,
  boardColumns,
  type Finding,
  GenericFinding,
  GenericTable,
  matchByText,
} from './BoardComparison.js';
import { COMPARE_TEXTS as T } from './texts.js';

/** A board as it is stored: its content records and its control document's values. */
export interface BoardToCompare {
  title: string;
  /** The content document's tldraw records. */
  records: readonly unknown[];
  /** The control document's `settings` (possibly old or missing). */
  settings: unknown;
  /** The control document's `voteTotals`. */
  voteTotals?: unknown;
}

interface PlacedCard {
  card: BoardCard;
  text: string;
  /** The zone's name, `null` outside every zone. */
  zone: Localized | null;
  /** What the card says where it lies ("ring 2", "maart 2020"), else its zone's name. */
  place: Localized | null;
  /** Equal keys on the two boards mean the same place: the zone's name and a date. */
  key: string;
}

function placeCards(werkvorm: Werkvorm, layout: Layout, cards: readonly BoardCard[]) {
  return [...cards].sort(compareReadingOrder).map((card): PlacedCard => {
    const placement = werkvorm.classify(card, layout);
    const zone = placement.zoneId ? (findZone(layout, placement.zoneId)?.label ?? null) : null;
    const own = placement.label.nl || placement.label.en ? placement.label : null;
    const date = placement.period ? periodToIso(placement.period) : '';
    return {
      card,
      text: cardTitle(card),
      zone,
      place: own ?? zone,
      key: `${zone?.nl ?? ''}|${date}`,
    };
  });
}

/** Zone names in the order the layouts draw them, each once. */
function zoneNames(layouts: readonly Layout[]): Localized[] {
  const names = new Map<string, Localized>();
  for (const zone of layouts.flatMap((layout) => layout.zones.filter((each) => !each.hidden))) {
    if (!names.has(zone.label.nl)) names.set(zone.label.nl, zone.label);
  }
  return [...names.values()];
}

const placeCell = (card: PlacedCard): HarvestCell => card.place ?? T.noZone;

export function compareBoards(
  werkvorm: Werkvorm,
  a: BoardToCompare,
  b: BoardToCompare,
): BoardComparison {
  const sides = [a, b].map((board) => {
    const settings = settingsOrDefaults(werkvorm.settings, board.settings);
    const layout = werkvorm.layout(settings);
    // People's markers are not cards to match by text: the werkvorm compares its scales.
    const cards = cardsFromRecords(board.records).cards.filter(isWrittenCard);
    return { board, layout, placed: placeCards(werkvorm, layout, cards) };
  });
  const [sa, sb] = sides as [(typeof sides)[0], (typeof sides)[0]];

  const counts = (placed: readonly PlacedCard[], name: Localized | null) =>
    placed.filter((card) => (card.zone?.nl ?? null) === (name?.nl ?? null)).length;
  const zoneRows = [...zoneNames([sa.layout, sb.layout]), null]
    .map((name) => ({ name, na: counts(sa.placed, name), nb: counts(sb.placed, name) }))
    .filter((row) => row.name !== null || row.na + row.nb > 0);
  const match = matchByText(sa.placed, sb.placed, (card) => card.text);
  const elsewhere = match.both.filter(([ca, cb]) => ca.key !== cb.key);

  const columns = boardColumns(a, b);
  const tables: HarvestTable[] = [
    {
      id: GenericTable.Zones,
      title: T.zones,
      columns: [{ key: 'zone', label: T.zone }, ...columns],
      rows: zoneRows.map(({ name, na, nb }) => [name ?? T.noZone, String(na), String(nb)]),
    },
    ...(
      [
        [GenericTable.OnlyA, a, match.onlyA],
        [GenericTable.OnlyB, b, match.onlyB],
      ] as const
    ).map(([id, board, list]) => ({
      id,
      title: T.onlyOn(board.title),
      columns: [
        { key: 'kaart', label: T.card },
        { key: 'plek', label: T.place },
      ],
      rows: list.map((card) => [card.text, placeCell(card)]),
    })),
    {
      id: GenericTable.Elsewhere,
      title: T.elsewhere,
      columns: [{ key: 'kaart', label: T.card }, ...columns],
      rows: elsewhere.map(([ca, cb]) => [ca.text, placeCell(ca), placeCell(cb)]),
    },
  ];

  const findings: Finding[] = [
    {
      id: GenericFinding.Counts,
      text: T.counts(a.title, sa.placed.length, b.title, sb.placed.length, match.both.length),
    },
  ];
  const biggest = zoneRows
    .filter((row) => row.name !== null && row.na !== row.nb)
    .sort((x, y) => Math.abs(y.na - y.nb) - Math.abs(x.na - x.nb))[0];
  if (biggest?.name) {
    findings.push({
      id: GenericFinding.BiggestDifference,
      text: T.biggestDifference(biggest.name, biggest.na, biggest.nb),
    });
  }
  if (elsewhere.length > 0) {
    findings.push({ id: GenericFinding.Elsewhere, text: T.elsewhereCount(elsewhere.length) });
  }

  const generic: BoardComparison = {
    werkvorm: werkvorm.id,
    boards: [
      { title: a.title, cards: sa.placed.length },
      { title: b.title, cards: sb.placed.length },
    ],
    findings,
    tables,
  };
  if (!werkvorm.compare) return generic;
  const harvested = (board: BoardToCompare) => ({
    title: board.title,
    harvest: harvestBoard(werkvorm, board.records, board.settings, [], board.voteTotals),
  });
  return werkvorm.compare(generic, harvested(a), harvested(b));
}
