/**
 * Two stakeholdermaps side by side (two teams around one initiative, or one team around two):
 * the stakeholders one map names and the other does not, the ones both name in another ring, and
 * the relations whose strength differs. Stakeholders match by name (`matchKey`); the centre
 * matches the centre whatever each map calls its initiative. These tables replace the generic
 * card lists, which would say the same less precisely.
 */
import {
  type BoardComparison,
  boardColumns,
  type Finding,
  GenericFinding,
  GenericTable,
  type HarvestedBoard,
  matchByText,
  matchKey,
} from '../../compare/BoardComparison.js';
import { CENTRE, RELATION_STRENGTH_LABELS } from '../../cards/BoardCard.js';
import type { Localized } from '../../i18n.js';
import type { HarvestCell, HarvestTable } from '../Harvest.js';
import type { HarvestedRelation, HarvestedStakeholder, StakeholdermapResult } from './harvest.js';
import { HARVEST_LABELS as L } from './texts.js';

const TEXTS = {
  onlyOn: (title: string): Localized => ({
    nl: `Stakeholders alleen op ${title}`,
    en: `Stakeholders only on ${title}`,
  }),
  otherRing: { nl: 'Stakeholders in een andere ring', en: 'Stakeholders in another ring' },
  relations: { nl: 'Relaties die verschillen', en: 'Relations that differ' },
  relation: { nl: 'Relatie', en: 'Relation' },
  stakeholder: { nl: 'Stakeholder', en: 'Stakeholder' },
  none: { nl: 'geen relatie', en: 'no relation' },
} as const;

/** Names to say out loud: the first few, then how many more. */
const NAMES_SAID = 4;
function nameList(names: readonly string[]): Localized {
  if (names.length <= NAMES_SAID) {
    return { nl: joinNames(names, 'en'), en: joinNames(names, 'and') };
  }
  const more = names.length - NAMES_SAID;
  const first = names.slice(0, NAMES_SAID).join(', ');
  return {
    nl: `${first} en ${more === 1 ? '1 andere' : `${more} andere`}`,
    en: `${first} and ${more === 1 ? '1 other' : `${more} others`}`,
  };
}

function joinNames(names: readonly string[], and: string): string {
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

function ringCell(ring: number | null): Localized {
  if (ring === null) return L.buiten;
  return ring === 0 ? L.centrum : { nl: `ring ${ring}`, en: `ring ${ring}` };
}

/** A relation's ends as a key, in either direction; the centre is the centre on both maps. */
function relationKey(relation: HarvestedRelation): string {
  const end = (id: string, name: string) => (id === CENTRE ? '\u0000centrum' : matchKey(name));
  return [end(relation.from, relation.fromName), end(relation.to, relation.toName)]
    .sort()
    .join('\u0001');
}

function differingRelations(a: StakeholdermapResult, b: StakeholdermapResult) {
  const inB = new Map(b.relations.map((relation) => [relationKey(relation), relation]));
  const rows: HarvestCell[][] = [];
  const seen = new Set<string>();
  for (const relation of a.relations) {
    const key = relationKey(relation);
    if (seen.has(key)) continue;
    seen.add(key);
    const other = inB.get(key);
    if (other?.strength === relation.strength) continue;
    rows.push([
      `${relation.fromName} – ${relation.toName}`,
      RELATION_STRENGTH_LABELS[relation.strength],
      other ? RELATION_STRENGTH_LABELS[other.strength] : TEXTS.none,
    ]);
  }
  for (const [key, relation] of inB) {
    if (seen.has(key)) continue;
    rows.push([
      `${relation.fromName} – ${relation.toName}`,
      TEXTS.none,
      RELATION_STRENGTH_LABELS[relation.strength],
    ]);
  }
  return rows;
}

export function compareStakeholdermaps(
  generic: BoardComparison,
  a: HarvestedBoard<StakeholdermapResult>,
  b: HarvestedBoard<StakeholdermapResult>,
): BoardComparison {
  const [ra, rb] = [a.harvest.result, b.harvest.result];
  const match = matchByText(ra.stakeholders, rb.stakeholders, (s) => s.name);
  const otherRing = match.both.filter(([sa, sb]) => sa.ring !== sb.ring);
  const relations = differingRelations(ra, rb);
  const columns = boardColumns(a, b);
  const only = (id: string, title: string, list: HarvestedStakeholder[]): HarvestTable => ({
    id,
    title: TEXTS.onlyOn(title),
    columns: [
      { key: 'naam', label: L.naam },
      { key: 'ring', label: L.ring },
      { key: 'belangen', label: L.belangen },
    ],
    rows: list.map((s) => [s.name, ringCell(s.ring), s.belangen]),
  });
  const tables: HarvestTable[] = [
    only('stakeholders-alleen-a', a.title, match.onlyA),
    only('stakeholders-alleen-b', b.title, match.onlyB),
    {
      id: 'andere-ring',
      title: TEXTS.otherRing,
      columns: [{ key: 'naam', label: TEXTS.stakeholder }, ...columns],
      rows: otherRing.map(([sa, sb]) => [sa.name, ringCell(sa.ring), ringCell(sb.ring)]),
    },
    {
      id: 'relaties',
      title: TEXTS.relations,
      columns: [{ key: 'relatie', label: TEXTS.relation }, ...columns],
      rows: relations,
    },
  ];
  const findings: Finding[] = [
    {
      id: 'stakeholders',
      text: {
        nl: `${a.title}: ${ra.stakeholders.length} stakeholders, ${b.title}: ${rb.stakeholders.length}; ${match.both.length} op beide.`,
        en: `${a.title}: ${ra.stakeholders.length} stakeholders, ${b.title}: ${rb.stakeholders.length}; ${match.both.length} on both.`,
      },
    },
  ];
  for (const [id, title, list] of [
    ['alleen-a', a.title, match.onlyA],
    ['alleen-b', b.title, match.onlyB],
  ] as const) {
    if (list.length === 0) continue;
    const named = nameList(list.map((s) => s.name));
    findings.push({
      id: `stakeholders-${id}`,
      text: { nl: `Alleen ${title} noemt ${named.nl}.`, en: `Only ${title} names ${named.en}.` },
    });
  }
  if (otherRing.length > 0) {
    findings.push({
      id: 'andere-ring',
      text: {
        nl: `${otherRing.length === 1 ? '1 stakeholder staat' : `${otherRing.length} stakeholders staan`} in een andere ring.`,
        en: `${otherRing.length === 1 ? '1 stakeholder is' : `${otherRing.length} stakeholders are`} in another ring.`,
      },
    });
  }
  // The stakeholder findings and tables say what the generic counts and lists would repeat.
  const replacedFindings = new Set<string>([GenericFinding.Counts, GenericFinding.Elsewhere]);
  const replacedTables = new Set<string>([
    GenericTable.OnlyA,
    GenericTable.OnlyB,
    GenericTable.Elsewhere,
  ]);
  return {
    ...generic,
    findings: [...findings, ...generic.findings.filter((f) => !replacedFindings.has(f.id))],
    tables: [...tables, ...generic.tables.filter((table) => !replacedTables.has(table.id))],
  };
}
