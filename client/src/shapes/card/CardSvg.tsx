/**
 * A card drawn in plain SVG for exports (PNG, SVG, PDF, thumbnails). On the canvas the cards are
 * HTML, which tldraw's export cannot draw; this mirrors their look: the face, the accent stripe,
 * a heading, the wrapped text and a footer with the author and the card's placement. A marked
 * card ("laaghangend fruit") has its edge and a first line in the mark's colour.
 */
import { CARD_SVG_FONT } from '../../picture/exportFonts';
import { charsPerLine, wrapText } from './wrapText';

export interface CardSvgProps {
  w: number;
  h: number;
  fill: string;
  accent: string;
  /** Small line above the heading (the date of an anekdote). */
  kicker?: string;
  heading?: string;
  body: string;
  author: string;
  placement: string;
  /** The werkvorm's marks on the card, in their colours. */
  marks?: readonly { label: string; color: string }[];
}

const PADDING = 10;
const STRIPE = 6;
const HEADING_SIZE = 15;
const BODY_SIZE = 13;
const SMALL_SIZE = 10;
const LINE_GAP = 1.3;
const INK = '#1d1d1d';
const MUTED_INK = '#5b6470';

export function CardSvg({
  w,
  h,
  fill,
  accent,
  kicker,
  heading,
  body,
  author,
  placement,
  marks = [],
}: CardSvgProps) {
  const textWidth = w - 2 * PADDING - STRIPE;
  const footerTop = h - PADDING - SMALL_SIZE;
  const lines: { text: string; size: number; weight: number; color: string }[] = [];
  const edge = marks[0]?.color;
  if (edge) {
    const text = marks.map((mark) => `● ${mark.label}`).join('  ');
    lines.push({
      text: wrapText(text, charsPerLine(textWidth, SMALL_SIZE), 1)[0] ?? '',
      size: SMALL_SIZE + 1,
      weight: 700,
      color: edge,
    });
  }
  if (kicker) lines.push({ text: kicker, size: SMALL_SIZE, weight: 600, color: MUTED_INK });
  if (heading) {
    for (const text of wrapText(heading, charsPerLine(textWidth, HEADING_SIZE), 2))
      lines.push({ text, size: HEADING_SIZE, weight: 700, color: INK });
  }
  let y = PADDING;
  const placed = lines.map((line) => {
    y += line.size * LINE_GAP;
    return { ...line, y };
  });
  const bodyLines = Math.max(0, Math.floor((footerTop - y - 4) / (BODY_SIZE * LINE_GAP)));
  if (body && bodyLines > 0) {
    for (const text of wrapText(body, charsPerLine(textWidth, BODY_SIZE), bodyLines)) {
      y += BODY_SIZE * LINE_GAP;
      placed.push({ text, size: BODY_SIZE, weight: 400, color: INK, y });
    }
  }
  const left = STRIPE + PADDING;
  return (
    <g fontFamily={CARD_SVG_FONT}>
      <rect
        width={w}
        height={h}
        rx={8}
        fill={fill}
        stroke={edge ?? accent}
        strokeWidth={edge ? 4 : 1.5}
      />
      <rect width={STRIPE} height={h} rx={3} fill={accent} />
      {placed.map((line, index) => (
        <text
          key={index}
          x={left}
          y={line.y}
          fontSize={line.size}
          fontWeight={line.weight}
          fill={line.color}
          xmlSpace="preserve"
        >
          {line.text}
        </text>
      ))}
      <text x={left} y={h - PADDING} fontSize={SMALL_SIZE} fill={MUTED_INK}>
        {author.slice(0, charsPerLine(textWidth / 2, SMALL_SIZE))}
      </text>
      <text x={w - PADDING} y={h - PADDING} fontSize={SMALL_SIZE} fill={MUTED_INK} textAnchor="end">
        {placement.slice(0, charsPerLine(textWidth / 2, SMALL_SIZE))}
      </text>
    </g>
  );
}
