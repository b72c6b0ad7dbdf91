/**
 * The contract between the client's custom tldraw shapes and everything that reads the content
 * document (server harvest, tests): the shape types and the exact props each carries, with
 * runtime validators. The client builds its tldraw prop validators and migrations to match these;
 * `cardsFromRecords` reads records through the validators here and skips what does not pass.
 *
 * Author and creation time are props (not `meta`) so they are validated and migrated with the shape.
 */
import { RelationStrength, StakeholderTag } from './BoardCard.js';
import { parsePeriod } from './period.js';

/** The custom shape types of Werkbord cards. */
export const ShapeType = {
  Anekdote: 'werkbord-anekdote',
  Stakeholder: 'werkbord-stakeholder',
  Kaart: 'werkbord-kaart',
  Relatie: 'werkbord-relatie',
  Markering: 'werkbord-markering',
} as const;
export type ShapeType = (typeof ShapeType)[keyof typeof ShapeType];

/** Upper limits on text props, so one card cannot bloat the document. */
export const TextLimit = {
  Title: 200,
  Story: 5000,
  Name: 200,
  Belangen: 2000,
  Text: 2000,
  Author: 100,
  Date: 64,
  /** A marker's owner (a user id) and its scale's id. */
  Owner: 64,
  Meter: 40,
} as const;

interface CardShapeBase {
  /** Width and height of the card in page units (positive). */
  w: number;
  h: number;
  /** The name of who wrote it; `''` when unknown. */
  author: string;
  /** Milliseconds since 1970; `0` when unknown. */
  createdAt: number;
}

/** Props of `werkbord-anekdote`. */
export interface AnekdoteShapeProps extends CardShapeBase {
  /** `''` (no date yet) or a period as `parsePeriod` reads it; written canonically by `periodToIso`. */
  date: string;
  title: string;
  story: string;
}

/** Props of `werkbord-stakeholder`. */
export interface StakeholderShapeProps extends CardShapeBase {
  name: string;
  belangen: string;
  /** Each tag at most once, from `StakeholderTag`. */
  tags: StakeholderTag[];
}

/** Props of `werkbord-kaart`: a plain note with plain text. */
export interface KaartShapeProps extends CardShapeBase {
  text: string;
}

/**
 * Props of `werkbord-markering`: a person's own marker on a scale. `author` is the person's name,
 * kept current by their own client; where it lies along its scale is its value.
 */
export interface MarkeringShapeProps extends CardShapeBase {
  /** The user id of its person; never empty. */
  owner: string;
  /** The person's colour, `#rrggbb`. */
  colour: string;
  /** The id of its scale on the board (`METER_ID_PATTERN`). */
  meter: string;
}

/** What a scale's id may look like: lower case letters, digits and dashes. */
export const METER_ID_PATTERN = /^[a-z0-9-]{1,40}$/;

/** A colour as markers store it. */
export const HEX_COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/;

/** A point in the relatie shape's own coordinates. */
export interface RelatiePoint {
  x: number;
  y: number;
}

/** Props of `werkbord-relatie`: a line whose ends are attached to cards or to the centre. */
export interface RelatieShapeProps {
  /** A card's shape id, `'centre'` (the stakeholdermap's initiative), or `''` while unattached. */
  from: string;
  to: string;
  strength: RelationStrength;
  /** Where the ends were last drawn, relative to the shape; the client keeps them in sync. */
  start: RelatiePoint;
  end: RelatiePoint;
}

/** Default size of each card kind; a tldraw note is 200 × 200. */
export const CARD_SIZE = {
  anekdote: { w: 240, h: 160 },
  stakeholder: { w: 220, h: 150 },
  kaart: { w: 200, h: 200 },
  /** A pill with the person's name, a column of the scale wide. */
  markering: { w: 270, h: 64 },
} as const;

/** Default props for new shapes (the client's `getDefaultProps`). */
export const DEFAULT_SHAPE_PROPS = {
  anekdote: {
    ...CARD_SIZE.anekdote,
    date: '',
    title: '',
    story: '',
    author: '',
    createdAt: 0,
  } satisfies AnekdoteShapeProps,
  stakeholder: {
    ...CARD_SIZE.stakeholder,
    name: '',
    belangen: '',
    tags: [],
    author: '',
    createdAt: 0,
  } satisfies StakeholderShapeProps,
  kaart: { ...CARD_SIZE.kaart, text: '', author: '', createdAt: 0 } satisfies KaartShapeProps,
  markering: {
    ...CARD_SIZE.markering,
    owner: '',
    colour: '#495057',
    meter: '',
    author: '',
    createdAt: 0,
  } satisfies MarkeringShapeProps,
  relatie: {
    from: '',
    to: '',
    strength: 'sterk',
    start: { x: 0, y: 0 },
    end: { x: 100, y: 0 },
  } satisfies RelatieShapeProps,
};

type Check = (value: unknown) => boolean;

const text =
  (max: number): Check =>
  (value) =>
    typeof value === 'string' && value.length <= max;
const size: Check = (value) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 100_000;
const coordinate: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const timestamp: Check = (value) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const date: Check = (value) =>
  typeof value === 'string' &&
  value.length <= TextLimit.Date &&
  (value === '' || parsePeriod(value) !== null);
const tags: Check = (value) =>
  Array.isArray(value) &&
  new Set(value).size === value.length &&
  value.every((tag) => (Object.values(StakeholderTag) as unknown[]).includes(tag));
const owner: Check = (value) =>
  typeof value === 'string' && value.length > 0 && value.length <= TextLimit.Owner;
const colour: Check = (value) => typeof value === 'string' && HEX_COLOUR_PATTERN.test(value);
const meter: Check = (value) => typeof value === 'string' && METER_ID_PATTERN.test(value);
const strength: Check = (value) => (Object.values(RelationStrength) as unknown[]).includes(value);
const vec: Check = (value) =>
  typeof value === 'object' &&
  value !== null &&
  coordinate((value as RelatiePoint).x) &&
  coordinate((value as RelatiePoint).y);

const cardBase = { w: size, h: size, author: text(TextLimit.Author), createdAt: timestamp };

/** Per shape type, a check for each prop. Extra props are allowed (forward compatibility). */
const CHECKS = {
  anekdote: {
    ...cardBase,
    date,
    title: text(TextLimit.Title),
    story: text(TextLimit.Story),
  },
  stakeholder: {
    ...cardBase,
    name: text(TextLimit.Name),
    belangen: text(TextLimit.Belangen),
    tags,
  },
  kaart: { ...cardBase, text: text(TextLimit.Text) },
  markering: { ...cardBase, owner, colour, meter },
  relatie: { from: text(TextLimit.Name), to: text(TextLimit.Name), strength, start: vec, end: vec },
} satisfies Record<string, Record<string, Check>>;

function validate<P>(checks: Record<string, Check>, props: unknown): P | null {
  if (typeof props !== 'object' || props === null) return null;
  const record = props as Record<string, unknown>;
  for (const [key, check] of Object.entries(checks)) {
    if (!check(record[key])) return null;
  }
  return props as P;
}

/** The props of a `werkbord-anekdote` shape, or `null` when any prop is missing or invalid. */
export function parseAnekdoteProps(props: unknown): AnekdoteShapeProps | null {
  return validate(CHECKS.anekdote, props);
}

/** The props of a `werkbord-stakeholder` shape, or `null` when any prop is missing or invalid. */
export function parseStakeholderProps(props: unknown): StakeholderShapeProps | null {
  return validate(CHECKS.stakeholder, props);
}

/** The props of a `werkbord-kaart` shape, or `null` when any prop is missing or invalid. */
export function parseKaartProps(props: unknown): KaartShapeProps | null {
  return validate(CHECKS.kaart, props);
}

/** The props of a `werkbord-markering` shape, or `null` when any prop is missing or invalid. */
export function parseMarkeringProps(props: unknown): MarkeringShapeProps | null {
  return validate(CHECKS.markering, props);
}

/** The props of a `werkbord-relatie` shape, or `null` when any prop is missing or invalid. */
export function parseRelatieProps(props: unknown): RelatieShapeProps | null {
  return validate(CHECKS.relatie, props);
}
