/**
 * Reads the plain card model out of tldraw records (the values of the content document).
 * Tolerant by design: the harvest runs on whatever a document holds, so a record that is not
 * a card, or whose props do not pass the validators of `shapeProps.ts`, is skipped, never thrown on.
 */
import { CENTRE, type BoardCard, type BoardContent, type BoardRelation } from './BoardCard.js';
import { readCardMarks } from './cardMarks.js';
import { parsePeriod } from './period.js';
import {
  CARD_SIZE,
  ShapeType,
  parseAnekdoteProps,
  parseKaartProps,
  parseMarkeringProps,
  parseRelatieProps,
  parseStakeholderProps,
} from './shapeProps.js';

/** tldraw's built-in sticky note, read as a `kaart`. */
export const NOTE_SHAPE_TYPE = 'note';

interface ShapeRecord {
  id: string;
  type: string;
  x: number;
  y: number;
  rotation: number;
  parentId: string;
  props: unknown;
  meta: Record<string, unknown>;
}

function asShapeRecord(value: unknown): ShapeRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (r.typeName !== 'shape' || typeof r.id !== 'string' || !r.id.startsWith('shape:')) return null;
  if (typeof r.type !== 'string' || typeof r.parentId !== 'string') return null;
  if (![r.x, r.y].every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  const rotation = typeof r.rotation === 'number' && Number.isFinite(r.rotation) ? r.rotation : 0;
  const meta =
    typeof r.meta === 'object' && r.meta !== null ? (r.meta as Record<string, unknown>) : {};
  return {
    id: r.id,
    type: r.type,
    x: r.x as number,
    y: r.y as number,
    rotation,
    parentId: r.parentId,
    props: r.props,
    meta,
  };
}

const INLINE_BLOCKS = ['paragraph', 'heading', 'codeBlock'];
const INLINE_NODES = ['text', 'hardBreak'];
/** Deeper than any rich text an editor makes; deeper nodes read as `''` (no deep recursion). */
const MAX_RICH_TEXT_DEPTH = 32;

/**
 * The plain text of a tldraw rich text value (a TipTap document): the text nodes of each block,
 * blocks (paragraphs, list items, headings) joined by newlines. Anything unexpected reads as `''`.
 */
export function richTextToPlain(richText: unknown): string {
  const lines: string[] = [];
  const inline = (node: unknown, depth: number): string => {
    if (typeof node !== 'object' || node === null || depth > MAX_RICH_TEXT_DEPTH) return '';
    const n = node as { type?: unknown; text?: unknown; content?: unknown };
    if (n.type === 'text') return typeof n.text === 'string' ? n.text : '';
    if (n.type === 'hardBreak') return '\n';
    return Array.isArray(n.content)
      ? n.content.map((child) => inline(child, depth + 1)).join('')
      : '';
  };
  const block = (node: unknown, depth: number): void => {
    if (typeof node !== 'object' || node === null || depth > 20) return;
    const n = node as { type?: unknown; content?: unknown };
    const children: unknown[] = Array.isArray(n.content) ? n.content : [];
    // A block holding inline nodes is one line; a container (doc, list, list item) holds blocks.
    const holdsInline =
      INLINE_BLOCKS.includes(n.type as string) ||
      children.some((child) =>
        INLINE_NODES.includes((child as { type?: unknown })?.type as string),
      );
    if (holdsInline) lines.push(inline(node, depth));
    else for (const child of children) block(child, depth + 1);
  };
  block(richText, 0);
  return lines.join('\n');
}

/** Maps a shape's local point to page coordinates through its parents (frames, groups). */
function toPage(
  shape: ShapeRecord,
  point: { x: number; y: number },
  shapes: Map<string, ShapeRecord>,
) {
  let current: ShapeRecord | undefined = shape;
  let { x, y } = point;
  // A depth limit rather than a visited set: parent cycles are malformed but must not hang us.
  for (let depth = 0; current && depth < 32; depth++) {
    const cos = Math.cos(current.rotation);
    const sin = Math.sin(current.rotation);
    [x, y] = [current.x + x * cos - y * sin, current.y + x * sin + y * cos];
    current = shapes.get(current.parentId);
  }
  return { x, y };
}

/** The page-space axis-aligned bounds of a shape of size w × h. */
function pageBounds(shape: ShapeRecord, w: number, h: number, shapes: Map<string, ShapeRecord>) {
  const corners = [
    { x: 0, y: 0 },
    { x: w, y: 0 },
    { x: 0, y: h },
    { x: w, y: h },
  ].map((corner) => toPage(shape, corner, shapes));
  const xs = corners.map((c) => c.x);
  const ys = corners.map((c) => c.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

/** Largest moment a JavaScript Date holds (±100,000,000 days from 1970). */
const MAX_TIME = 8.64e15;

/** A card's creation time, or `null` when it is no moment a date can show (0, NaN, 1e300…). */
function cardTime(value: unknown): number | null {
  return typeof value === 'number' && value > 0 && value <= MAX_TIME ? value : null;
}

function noteCard(shape: ShapeRecord, shapes: Map<string, ShapeRecord>): BoardCard | null {
  if (typeof shape.props !== 'object' || shape.props === null) return null;
  const props = shape.props as { richText?: unknown; scale?: unknown; growY?: unknown };
  const scale = typeof props.scale === 'number' && props.scale > 0 ? props.scale : 1;
  const growY = typeof props.growY === 'number' && props.growY >= 0 ? props.growY : 0;
  const { w, h } = CARD_SIZE.kaart;
  const author = shape.meta.author;
  const createdAt = shape.meta.createdAt;
  return {
    id: shape.id,
    kind: 'kaart',
    ...pageBounds(shape, w * scale, (h + growY) * scale, shapes),
    text: richTextToPlain(props.richText),
    author: typeof author === 'string' ? author : '',
    createdAt: cardTime(createdAt),
  };
}

/** The card with its marks, when it has any (a card without marks has no `marks` key). */
function withMarks(card: BoardCard | null, meta: Record<string, unknown>): BoardCard | null {
  const marks = readCardMarks(meta);
  return card && marks.length > 0 ? { ...card, marks } : card;
}

function toCard(shape: ShapeRecord, shapes: Map<string, ShapeRecord>): BoardCard | null {
  const common = (p: { w: number; h: number; author: string; createdAt: number }) => ({
    id: shape.id,
    ...pageBounds(shape, p.w, p.h, shapes),
    author: p.author,
    createdAt: cardTime(p.createdAt),
  });
  switch (shape.type) {
    case ShapeType.Anekdote: {
      const p = parseAnekdoteProps(shape.props);
      if (!p) return null;
      const period = p.date === '' ? null : parsePeriod(p.date);
      return { ...common(p), kind: 'anekdote', period, title: p.title, story: p.story };
    }
    case ShapeType.Stakeholder: {
      const p = parseStakeholderProps(shape.props);
      if (!p) return null;
      return {
        ...common(p),
        kind: 'stakeholder',
        name: p.name,
        belangen: p.belangen,
        tags: [...p.tags],
      };
    }
    case ShapeType.Kaart: {
      const p = parseKaartProps(shape.props);
      return p ? { ...common(p), kind: 'kaart', text: p.text } : null;
    }
    case ShapeType.Markering: {
      const p = parseMarkeringProps(shape.props);
      if (!p) return null;
      return { ...common(p), kind: 'markering', owner: p.owner, colour: p.colour, meter: p.meter };
    }
    case NOTE_SHAPE_TYPE:
      return noteCard(shape, shapes);
    default:
      return null;
  }
}

/**
 * The cards and relations among tldraw records: custom card shapes, tldraw notes (as `kaart`),
 * and relatie shapes whose two ends are existing cards (or the centre) and differ.
 * Records of other types, malformed records and dangling relations are skipped.
 */
export function cardsFromRecords(records: readonly unknown[]): BoardContent {
  const shapes = new Map<string, ShapeRecord>();
  for (const value of records) {
    const shape = asShapeRecord(value);
    if (shape) shapes.set(shape.id, shape);
  }
  const cards: BoardCard[] = [];
  for (const shape of shapes.values()) {
    const card = withMarks(toCard(shape, shapes), shape.meta);
    if (card) cards.push(card);
  }
  const cardIds = new Set(cards.map((card) => card.id));
  const attached = (end: string) => end === CENTRE || cardIds.has(end);
  const relations: BoardRelation[] = [];
  for (const shape of shapes.values()) {
    if (shape.type !== ShapeType.Relatie) continue;
    const p = parseRelatieProps(shape.props);
    if (!p || p.from === p.to || !attached(p.from) || !attached(p.to)) continue;
    relations.push({ id: shape.id, from: p.from, to: p.to, strength: p.strength });
  }
  return { cards, relations };
}
