/**
 * Two teams' cirkels van invloed side by side. The source notes that two people can see the same
 * situation completely opposite (`001:3125-3135`); between teams it is the same: what one team
 * counts as its influence, the other only cares about. So: how much of each team's cards lie in
 * invloed, and the cards (same text) one team put in invloed and the other in betrokkenheid.
 * The generic "same card, another place" table is left out: this one says it with the people.
 */
import {
  type BoardComparison,
  boardColumns,
  type Finding,
  GenericFinding,
  GenericTable,
  type HarvestedBoard,
  matchByText,
  percent,
} from '../../compare/BoardComparison.js';
import type { Localized } from '../../i18n.js';
import type { HarvestTable } from '../Harvest.js';
import type { CirkelResult } from './harvest.js';
import { ZONE_LABELS } from './texts.js';

type Area = 'invloed' | 'betrokkenheid';

interface AreaCard {
  text: string;
  area: Area;
  owner: string;
}

const TEXTS = {
  shares: { nl: 'Invloed en betrokkenheid per bord', en: 'Influence and concern per board' },
  flipped: {
    nl: 'Invloed op het ene bord, betrokkenheid op het andere',
    en: 'Influence on one board, concern on the other',
  },
  circle: { nl: 'Cirkel', en: 'Circle' },
  card: { nl: 'Kaart', en: 'Card' },
  outside: { nl: 'buiten de cirkels', en: 'outside the circles' },
  share: { nl: 'aandeel in invloed', en: 'share in influence' },
  people: { nl: 'personen', en: 'people' },
} as const;

function totals(result: CirkelResult) {
  const sum = (area: 'invloed' | 'betrokkenheid' | 'buiten') =>
    result.owners.reduce((total, owner) => total + owner[area].length, 0);
  const invloed = sum('invloed');
  const betrokkenheid = sum('betrokkenheid');
  return {
    invloed,
    betrokkenheid,
    buiten: sum('buiten'),
    share: percent(invloed, invloed + betrokkenheid),
  };
}

const areaCards = (result: CirkelResult): AreaCard[] =>
  result.owners.flatMap((owner) =>
    (['invloed', 'betrokkenheid'] as const).flatMap((area) =>
      owner[area].map((card) => ({ text: card.text, area, owner: owner.name })),
    ),
  );

const where = (card: AreaCard): Localized => ({
  nl: `${ZONE_LABELS[card.area].nl} (${card.owner})`,
  en: `${ZONE_LABELS[card.area].en} (${card.owner})`,
});

const shown = (share: number | null) => (share === null ? '–' : `${share} %`);

export function compareCirkels(
  generic: BoardComparison,
  a: HarvestedBoard<CirkelResult>,
  b: HarvestedBoard<CirkelResult>,
): BoardComparison {
  const [ta, tb] = [totals(a.harvest.result), totals(b.harvest.result)];
  const match = matchByText(
    areaCards(a.harvest.result),
    areaCards(b.harvest.result),
    (c) => c.text,
  );
  const flipped = match.both.filter(([ca, cb]) => ca.area !== cb.area);
  const intoInvloedOnA = flipped.filter(([ca]) => ca.area === 'invloed').length;
  const columns = boardColumns(a, b);
  const tables: HarvestTable[] = [
    {
      id: 'invloed-per-bord',
      title: TEXTS.shares,
      columns: [{ key: 'cirkel', label: TEXTS.circle }, ...columns],
      rows: [
        [ZONE_LABELS.invloed, String(ta.invloed), String(tb.invloed)],
        [ZONE_LABELS.betrokkenheid, String(ta.betrokkenheid), String(tb.betrokkenheid)],
        [TEXTS.outside, String(ta.buiten), String(tb.buiten)],
        [TEXTS.share, shown(ta.share), shown(tb.share)],
        [
          TEXTS.people,
          String(a.harvest.result.owners.length),
          String(b.harvest.result.owners.length),
        ],
      ],
    },
    {
      id: 'invloed-of-betrokkenheid',
      title: TEXTS.flipped,
      columns: [{ key: 'kaart', label: TEXTS.card }, ...columns],
      rows: flipped.map(([ca, cb]) => [ca.text, where(ca), where(cb)]),
    },
  ];
  const findings: Finding[] = [
    {
      id: 'aandeel-invloed',
      text: {
        nl: `In de cirkel van invloed: ${a.title} ${shown(ta.share)} van de kaarten, ${b.title} ${shown(tb.share)}.`,
        en: `In the circle of influence: ${a.title} ${shown(ta.share)} of the cards, ${b.title} ${shown(tb.share)}.`,
      },
    },
  ];
  if (flipped.length > 0) {
    const other = flipped.length - intoInvloedOnA;
    findings.push({
      id: 'invloed-of-betrokkenheid',
      text: {
        nl: `${intoInvloedOnA === 1 ? '1 kaart ligt' : `${intoInvloedOnA} kaarten liggen`} bij ${a.title} in invloed en bij ${b.title} in betrokkenheid; ${other} andersom.`,
        en: `${intoInvloedOnA === 1 ? '1 card lies' : `${intoInvloedOnA} cards lie`} in influence for ${a.title} and in concern for ${b.title}; ${other} the other way round.`,
      },
    });
  }
  return {
    ...generic,
    findings: [
      ...findings,
      ...generic.findings.filter((finding) => finding.id !== GenericFinding.Elsewhere),
    ],
    tables: [...tables, ...generic.tables.filter((table) => table.id !== GenericTable.Elsewhere)],
  };
}
