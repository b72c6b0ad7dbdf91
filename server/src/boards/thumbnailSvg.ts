/**
 * A board drawn as a small SVG without a browser, for the thumbnails of momentopnamen the server
 * makes itself (automatic ones, and the backup before a restore): the werkvorm's zones and lines
 * as the board draws them, relations, and each card in its zone's colours with its text hinted
 * by grey bars. At thumbnail size text is unreadable anyway, so none is drawn: no fonts needed.
 */
import {
  type BoardCard,
  type BoardRelation,
  type Bounds,
  CENTRE,
  cardColors,
  cardTitle,
  findZone,
  type Layout,
  NEUTRAL_ZONE_COLOR,
  Stakeholdermap,
  TLDRAW_COLOR_VALUES,
  unionBounds,
  type Werkvorm,
  type Zone,
  zoneBounds,
} from '@werkbord/shared';

export interface ThumbnailSvg {
  svg: string;
  /** The SVG's size in page units (the board's area). */
  width: number;
  height: number;
}

/** Room around the content, as in the browser's exports. */
const MARGIN = 40;
const INK = '#1d1d1d';
const MUTED = '#6b7280';
const STROKE = { axis: 4, tick: 2, guide: 1.5 } as const;

const n = (value: number) => String(Math.round(value * 10) / 10);

function zoneShape(zone: Zone, lineWidth: (units: number) => number): string {
  const color = zone.color ? TLDRAW_COLOR_VALUES[zone.color] : NEUTRAL_ZONE_COLOR;
  const opacity = zone.kind === 'lane' ? 0.05 : 0.09;
  const paint = `fill="${color}" fill-opacity="${opacity}" stroke="${color}" stroke-opacity="0.7" stroke-width="${n(lineWidth(2))}"`;
  switch (zone.kind) {
    case 'rect':
    case 'lane':
      return `<rect x="${n(zone.x)}" y="${n(zone.y)}" width="${n(zone.w)}" height="${n(zone.h)}" rx="${zone.kind === 'rect' ? 16 : 0}" ${paint}/>`;
    case 'circle':
      return `<circle cx="${n(zone.cx)}" cy="${n(zone.cy)}" r="${n(zone.r)}" ${paint}/>`;
    case 'ring':
      return `<path fill-rule="evenodd" d="${circlePath(zone.cx, zone.cy, zone.outer)} ${circlePath(zone.cx, zone.cy, zone.inner)}" ${paint}/>`;
  }
}

function circlePath(cx: number, cy: number, r: number): string {
  if (r <= 0) return '';
  return `M ${n(cx - r)} ${n(cy)} a ${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0 a ${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0 Z`;
}

/** A card: its face and accent stripe, and up to three bars where its text is. */
function cardShape(card: BoardCard, werkvorm: Werkvorm, layout: Layout, line: number): string {
  const { fill, accent } = cardColors(card.kind, werkvorm.classify(card, layout).color);
  const stripe = Math.min(6, card.w / 4);
  const parts = [
    `<rect x="${n(card.x)}" y="${n(card.y)}" width="${n(card.w)}" height="${n(card.h)}" rx="8" fill="${fill}" stroke="${accent}" stroke-width="${n(line)}"/>`,
    `<rect x="${n(card.x)}" y="${n(card.y)}" width="${n(stripe)}" height="${n(card.h)}" fill="${accent}"/>`,
  ];
  const padding = 12;
  const room = card.w - stripe - 2 * padding;
  const chars = cardTitle(card).trim().length;
  const perLine = Math.max(1, Math.floor(room / 8));
  const lines = Math.min(3, Math.ceil(chars / perLine));
  for (let index = 0; index < lines && room > 0; index += 1) {
    const rest = chars - index * perLine;
    const width = index === lines - 1 ? Math.min(room, Math.max(room * 0.3, rest * 8)) : room;
    const y = card.y + padding + index * 22;
    if (y + 12 > card.y + card.h - padding) break;
    parts.push(
      `<rect x="${n(card.x + stripe + padding)}" y="${n(y)}" width="${n(width)}" height="12" rx="4" fill="${index === 0 ? INK : MUTED}" fill-opacity="${index === 0 ? 0.55 : 0.35}"/>`,
    );
  }
  return parts.join('');
}

function centreOf(end: string, cards: Map<string, BoardCard>, layout: Layout) {
  if (end === CENTRE) {
    const zone = findZone(layout, Stakeholdermap.CENTRE_ZONE_ID);
    if (!zone) return null;
    const b = zoneBounds(zone);
    return { x: b.x + b.w / 2, y: b.y + b.h / 2 };
  }
  const card = cards.get(end);
  return card ? { x: card.x + card.w / 2, y: card.y + card.h / 2 } : null;
}

/** The board in page coordinates; `pixelWidth` is how wide it will be drawn (for line widths). */
export function thumbnailSvg(
  werkvorm: Werkvorm,
  layout: Layout,
  cards: readonly BoardCard[],
  relations: readonly BoardRelation[],
  pixelWidth: number,
): ThumbnailSvg {
  const rects: Bounds[] = cards.map((card) => ({ x: card.x, y: card.y, w: card.w, h: card.h }));
  if (layout.bounds.w > 0 && layout.bounds.h > 0) rects.push(layout.bounds);
  const bounds: Bounds =
    rects.length > 0 ? unionBounds(rects, MARGIN) : { x: 0, y: 0, w: 800, h: 600 };
  // Lines stay at least about a pixel wide however far the board is scaled down.
  const scale = Math.min(1, pixelWidth / bounds.w);
  const lineWidth = (units: number) => Math.max(units, 1 / scale);
  const byId = new Map(cards.map((card) => [card.id, card]));

  const parts: string[] = [
    `<rect x="${n(bounds.x)}" y="${n(bounds.y)}" width="${n(bounds.w)}" height="${n(bounds.h)}" fill="#ffffff"/>`,
    ...layout.zones.map((zone) => zoneShape(zone, lineWidth)),
  ];
  for (const mark of layout.marks) {
    if (mark.kind !== 'line') continue;
    const color = mark.stroke === 'guide' ? MUTED : INK;
    parts.push(
      `<line x1="${n(mark.from.x)}" y1="${n(mark.from.y)}" x2="${n(mark.to.x)}" y2="${n(mark.to.y)}" stroke="${color}" stroke-opacity="${mark.stroke === 'guide' ? 0.5 : 1}" stroke-width="${n(lineWidth(STROKE[mark.stroke]))}" stroke-linecap="round"/>`,
    );
  }
  for (const relation of relations) {
    const from = centreOf(relation.from, byId, layout);
    const to = centreOf(relation.to, byId, layout);
    if (!from || !to) continue;
    parts.push(
      `<line x1="${n(from.x)}" y1="${n(from.y)}" x2="${n(to.x)}" y2="${n(to.y)}" stroke="${MUTED}" stroke-width="${n(lineWidth(3))}"/>`,
    );
  }
  for (const card of cards) parts.push(cardShape(card, werkvorm, layout, lineWidth(1.5)));

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(bounds.x)} ${n(bounds.y)} ${n(bounds.w)} ${n(bounds.h)}" ` +
    `width="${n(bounds.w)}" height="${n(bounds.h)}">${parts.join('')}</svg>`;
  return { svg, width: bounds.w, height: bounds.h };
}
