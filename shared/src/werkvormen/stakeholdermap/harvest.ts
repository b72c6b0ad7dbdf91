/**
 * The stakeholdermap's harvest: the stakeholders by ring with their interests and tags, every
 * relation with its strength (relations with the centre included), other cards, reflection.
 */
import {
  CENTRE,
  RELATION_STRENGTH_LABELS,
  STAKEHOLDER_TAG_LABELS,
  cardTitle,
  compareReadingOrder,
  type BoardCard,
  type BoardRelation,
  type RelationStrength,
  type StakeholderTag,
} from '../../cards/BoardCard.js';
import type { Localized } from '../../i18n.js';
import type { Harvest } from '../Harvest.js';
import { reflectionAnswers, reflectionTable } from '../reflectie.js';
import { ringOf } from './classify.js';
import { stakeholdermapLayout } from './layout.js';
import type { StakeholdermapSettings } from './settings.js';
import { HARVEST_LABELS as L, REFLECTION } from './texts.js';

export interface HarvestedRelation {
  id: string;
  /** A card id or `'centre'`. */
  from: string;
  to: string;
  fromName: string;
  toName: string;
  strength: RelationStrength;
}

export interface HarvestedStakeholder {
  id: string;
  name: string;
  /** 0 for the centre, 1…n for a ring, `null` outside the rings. */
  ring: number | null;
  belangen: string;
  tags: StakeholderTag[];
  author: string;
  /** The relations this stakeholder is an end of. */
  relations: HarvestedRelation[];
}

export interface StakeholdermapResult {
  initiative: string;
  rings: number;
  /** By ring (centre first, outside last), then by name. */
  stakeholders: HarvestedStakeholder[];
  relations: HarvestedRelation[];
  /** Cards that are not stakeholders and not reflection answers. */
  overig: { id: string; text: string; ring: number | null; author: string }[];
}

function ringCell(ring: number | null): Localized {
  if (ring === null) return L.buiten;
  return ring === 0 ? L.centrum : { nl: String(ring), en: String(ring) };
}

function joinLabels(labels: readonly Localized[]): Localized {
  return { nl: labels.map((l) => l.nl).join(', '), en: labels.map((l) => l.en).join(', ') };
}

/** Centre first, rings outward, outside last. */
const ringOrder = (ring: number | null) => (ring === null ? Infinity : ring);

export function harvestStakeholdermap(
  cards: readonly BoardCard[],
  relations: readonly BoardRelation[],
  settings: StakeholdermapSettings,
  extraAnswers: readonly string[] = [],
): Harvest<StakeholdermapResult> {
  const layout = stakeholdermapLayout(settings);
  const answers = reflectionAnswers(cards, layout, extraAnswers);
  const answered = new Set(answers.map((answer) => answer.cardId));
  const byId = new Map(cards.map((card) => [card.id, card]));
  const nameOf = (end: string) => {
    if (end === CENTRE) return layout.initiative.nl;
    const card = byId.get(end);
    return card ? cardTitle(card) : '';
  };
  const harvestedRelations: HarvestedRelation[] = relations
    .map((r) => ({ ...r, fromName: nameOf(r.from), toName: nameOf(r.to) }))
    .sort(
      (a, b) =>
        a.fromName.localeCompare(b.fromName, 'nl') ||
        a.toName.localeCompare(b.toName, 'nl') ||
        (a.id < b.id ? -1 : 1),
    );
  const stakeholders: HarvestedStakeholder[] = [];
  const overig: StakeholdermapResult['overig'] = [];
  for (const card of [...cards].sort(compareReadingOrder)) {
    const ring = ringOf(card, layout);
    if (card.kind === 'stakeholder') {
      stakeholders.push({
        id: card.id,
        name: card.name,
        ring,
        belangen: card.belangen,
        tags: card.tags,
        author: card.author,
        relations: harvestedRelations.filter((r) => r.from === card.id || r.to === card.id),
      });
    } else if (!answered.has(card.id)) {
      overig.push({ id: card.id, text: cardTitle(card), ring, author: card.author });
    }
  }
  stakeholders.sort(
    (a, b) => ringOrder(a.ring) - ringOrder(b.ring) || a.name.localeCompare(b.name, 'nl'),
  );
  return {
    werkvorm: 'stakeholdermap',
    thema: settings.thema,
    result: {
      initiative: layout.initiative.nl,
      rings: settings.rings,
      stakeholders,
      relations: harvestedRelations,
      overig,
    },
    reflection: { prompts: REFLECTION, answers },
    tables: [
      {
        id: 'stakeholders',
        title: L.stakeholders,
        columns: [
          { key: 'ring', label: L.ring },
          { key: 'naam', label: L.naam },
          { key: 'belangen', label: L.belangen },
          { key: 'tags', label: L.tags },
          { key: 'auteur', label: L.auteur },
        ],
        rows: stakeholders.map((s) => [
          ringCell(s.ring),
          s.name,
          s.belangen,
          joinLabels(s.tags.map((tag) => STAKEHOLDER_TAG_LABELS[tag])),
          s.author,
        ]),
      },
      {
        id: 'relaties',
        title: L.relaties,
        columns: [
          { key: 'van', label: L.van },
          { key: 'naar', label: L.naar },
          { key: 'sterkte', label: L.sterkte },
        ],
        rows: harvestedRelations.map((r) => [
          r.fromName,
          r.toName,
          RELATION_STRENGTH_LABELS[r.strength],
        ]),
      },
      {
        id: 'overig',
        title: L.overig,
        columns: [
          { key: 'ring', label: L.ring },
          { key: 'tekst', label: L.tekst },
          { key: 'auteur', label: L.auteur },
        ],
        rows: overig.map((o) => [ringCell(o.ring), o.text, o.author]),
      },
      reflectionTable(answers),
    ],
  };
}
