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

/** Whole page units: a tenth of a pixel or less at thumbnail size. */
const n = (value: number) => String(Math.round(value));

function zoneShape(zone: Zone, lineWidth: (units: number) => number): string {
  if (zone.hidden) return ''; // only meaning: the marks draw it
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

/**
 * The cards, batched into one path per colour: a board of 2,000 cards stays a short SVG that is
 * quick to build and to draw. Each card is its face with an accent stripe and up to three bars
 * where its text is; at this size corners would not show, so the rectangles are square.
 */
function cardPaths(
  cards: readonly BoardCard[],
  werkvorm: Werkvorm,
  layout: Layout,
  line: number,
  scale: number,
): string[] {
  const faces = new Map<string, string[]>();
  const dots = new Map<string, string[]>();
  const stripes = new Map<string, string[]>();
  const bars: [string[], string[]] = [[], []];
  const add = <K>(map: Map<K, string[]>, key: K, d: string) => {
    const list = map.get(key);
    if (list) list.push(d);
    else map.set(key, [d]);
  };
  const rect = (x: number, y: number, w: number, h: number) =>
    `M${n(x)} ${n(y)}h${n(w)}v${n(h)}h${n(-w)}z`;
  for (const card of cards) {
    if (card.kind === 'markering') {
      // A person's marker: a bar in their own colour.
      add(dots, card.colour, rect(card.x, card.y, card.w, card.h));
      continue;
    }
    const { fill, accent } = cardColors(card.kind, werkvorm.classify(card, layout).color);
    // Details only where the card is drawn at least a few pixels wide; smaller, a dot of colour.
    if (card.w * scale < 8) {
      add(dots, accent, rect(card.x, card.y, card.w, card.h));
      continue;
    }
    add(faces, `${fill}|${accent}`, rect(card.x, card.y, card.w, card.h));
    const stripe = Math.min(6, card.w / 4);
    add(stripes, accent, rect(card.x, card.y, stripe, card.h));
    const padding = 12;
    const room = card.w - stripe - 2 * padding;
    const chars = cardTitle(card).trim().length;
    const perLine = Math.max(1, Math.floor(room / 8));
    const lines = Math.min(3, Math.ceil(chars / perLine));
    for (let index = 0; index < lines && room > 0; index += 1) {
      const y = card.y + padding + index * 22;
      if (y + 12 > card.y + card.h - padding) break;
      const rest = chars - index * perLine;
      const width = index === lines - 1 ? Math.min(room, Math.max(room * 0.3, rest * 8)) : room;
      bars[index === 0 ? 0 : 1].push(rect(card.x + stripe + padding, y, width, 12));
    }
  }
  const paths: string[] = [];
  for (const [key, d] of faces) {
    const [fill, accent] = key.split('|');
    paths.push(
      `<path d="${d.join('')}" fill="${fill}" stroke="${accent}" stroke-width="${n(line)}"/>`,
    );
  }
  for (const [accent, d] of [...dots, ...stripes])
    paths.push(`<path d="${d.join('')}" fill="${accent}"/>`);
  if (bars[0].length > 0)
    paths.push(`<path d="${bars[0].join('')}" fill="${INK}" fill-opacity="0.55"/>`);
  if (bars[1].length > 0)
    paths.push(`<path d="${bars[1].join('')}" fill="${MUTED}" fill-opacity="0.35"/>`);
  return paths;
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
    if (mark.kind === 'pin') {
      // An earlier ronde's marker, faded as on the board.
      parts.push(
        `<rect x="${n(mark.at.x - mark.w / 2)}" y="${n(mark.at.y - mark.h / 2)}" width="${n(mark.w)}" height="${n(mark.h)}" fill="${mark.colour}" fill-opacity="0.3"/>`,
      );
      continue;
    }
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
  parts.push(...cardPaths(cards, werkvorm, layout, lineWidth(1.5), scale));

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(bounds.x)} ${n(bounds.y)} ${n(bounds.w)} ${n(bounds.h)}" ` +
    `width="${n(bounds.w)}" height="${n(bounds.h)}">${parts.join('')}</svg>`;
  return { svg, width: bounds.w, height: bounds.h };
}
