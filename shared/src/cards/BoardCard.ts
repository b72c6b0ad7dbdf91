/**
 * The plain card model: what the werkvormen classify and harvest. It is read from the tldraw
 * records of the content document by `cardsFromRecords`, so werkvorm code never sees tldraw.
 */
import type { Localized } from '../i18n.js';
import type { Period } from './period.js';

/** The kinds of card a group writes. */
export const CardKind = {
  Anekdote: 'anekdote',
  Stakeholder: 'stakeholder',
  Kaart: 'kaart',
  /** A person's own marker on a scale (schaalvraag, energiemeter): nobody writes on it. */
  Markering: 'markering',
} as const;
export type CardKind = (typeof CardKind)[keyof typeof CardKind];

/** The fixed tags a stakeholder card can carry. */
export const StakeholderTag = {
  BotstMetInitiatief: 'botst-met-initiatief',
  KansVoorLinkje: 'kans-voor-linkje',
} as const;
export type StakeholderTag = (typeof StakeholderTag)[keyof typeof StakeholderTag];

export const STAKEHOLDER_TAG_LABELS: Record<StakeholderTag, Localized> = {
  'botst-met-initiatief': { nl: 'botst met ons initiatief', en: 'clashes with our initiative' },
  'kans-voor-linkje': { nl: 'kans voor een linkje', en: 'chance for a link' },
};

/** How strong a relation is: drawn thick, thin, or dotted. */
export const RelationStrength = {
  Sterk: 'sterk',
  Zwak: 'zwak',
  AandachtNodig: 'aandacht-nodig',
} as const;
export type RelationStrength = (typeof RelationStrength)[keyof typeof RelationStrength];

export const RELATION_STRENGTH_LABELS: Record<RelationStrength, Localized> = {
  sterk: { nl: 'sterk', en: 'strong' },
  zwak: { nl: 'zwak', en: 'weak' },
  'aandacht-nodig': { nl: 'aandacht nodig', en: 'needs attention' },
};

/** The end of a relation that is the initiative in the centre rather than a card. */
export const CENTRE = 'centre';

/** An axis-aligned rectangle in page coordinates. */
export interface Bounds {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface CardBase extends Bounds {
  /** The tldraw shape id (`shape:…`). */
  id: string;
  /** The name of who wrote it; empty when unknown. */
  author: string;
  /** Milliseconds since 1970; `null` when unknown. */
  createdAt: number | null;
  /** The ids of the marks switched on (`cardMarks.ts`); left out when there are none. */
  marks?: readonly string[];
}

export interface AnekdoteCard extends CardBase {
  kind: 'anekdote';
  /** The date the anekdote gives itself; on the tijdbalk its position decides (see historielijn). */
  period: Period | null;
  title: string;
  /** "Het verhaal dat erbij hoort." */
  story: string;
}

export interface StakeholderCard extends CardBase {
  kind: 'stakeholder';
  name: string;
  /** What matters to this stakeholder. */
  belangen: string;
  tags: StakeholderTag[];
}

export interface KaartCard extends CardBase {
  kind: 'kaart';
  text: string;
}

/**
 * A person's own marker on a scale: where it lies along the scale is their value. Its `author` is
 * the person's name; only the person whose user id is `owner` may move it (the server takes back
 * anything else, `server/src/extensions/markers/`).
 */
export interface MarkeringCard extends CardBase {
  kind: 'markering';
  /** The user id of the person it belongs to (the id the server derives from their presence key). */
  owner: string;
  /** The person's colour, `#rrggbb`. */
  colour: string;
  /** Which scale of the board it is on (`nu`; an energiemeter's topic). */
  meter: string;
}

export type BoardCard = AnekdoteCard | StakeholderCard | KaartCard | MarkeringCard;

/** Whether a card is something people write (not a person's marker): what can be voted on. */
export function isWrittenCard(card: BoardCard): boolean {
  return card.kind !== 'markering';
}

/** A line between two cards, or a card and the centre. */
export interface BoardRelation {
  /** The tldraw shape id of the line. */
  id: string;
  /** A card id or `CENTRE`. */
  from: string;
  to: string;
  strength: RelationStrength;
}

/** What `cardsFromRecords` finds in a content document. */
export interface BoardContent {
  cards: BoardCard[];
  relations: BoardRelation[];
}

/** The centre point of a card's bounds: what decides its zone. */
export function cardCentre(card: Bounds): { x: number; y: number } {
  return { x: card.x + card.w / 2, y: card.y + card.h / 2 };
}

/** The short text that names a card in lists: a stakeholder's name, a title, a note's text. */
export function cardTitle(card: BoardCard): string {
  switch (card.kind) {
    case 'anekdote':
      return card.title;
    case 'stakeholder':
      return card.name;
    case 'kaart':
      return card.text;
    case 'markering':
      return card.author;
  }
}

/** Reading order on a board: top to bottom, then left to right, then by id for equal positions. */
export function compareReadingOrder(a: BoardCard, b: BoardCard): number {
  return a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
