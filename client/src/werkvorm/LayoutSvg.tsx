/**
 * A werkvorm's background (zones, lines, texts) as SVG elements in page coordinates. Vector, so it
 * stays sharp at every zoom; the board draws it behind the cards and the home page draws it small
 * as a preview. Only drawing here: what a position means is decided by `classify`.
 */
import type { Language, Layout, Mark, Stroke, Zone } from '@werkbord/shared';
import { useId } from 'react';
import {
  HINT_GROWTH,
  MIN_SCREEN_HEADING,
  MIN_SCREEN_HINT,
  MIN_SCREEN_LABEL,
  growingFontSize,
  headingCap,
  circleLabelArc,
  ringLabelArc,
  zoneLabelCap,
} from './canvas/labelSizing';
import { FONT_SIZE } from './canvas/textSizes';
import { NEUTRAL_ZONE_COLOR, TLDRAW_COLOR_VALUES } from './zoneColors';

const STROKE_WIDTH: Record<Stroke, number> = { axis: 4, tick: 2, guide: 1.5 };
const INK = '#1d1d1d';
const MUTED_INK = '#6b7280';

interface LayoutSvgProps {
  layout: Layout;
  language: Language;
  /** Leave out texts, for small previews where they would be unreadable. */
  withoutTexts?: boolean;
}

export function LayoutSvg({ layout, language, withoutTexts = false }: LayoutSvgProps) {
  // Ring labels refer to their arcs by id; several boards can be on one page (a momentopname).
  const idPrefix = useId().replaceAll(':', '');
  return (
    <g className="werkvorm-layout" aria-hidden="true">
      {layout.zones.map((zone) => (zone.hidden ? null : <ZoneShape key={zone.id} zone={zone} />))}
      {layout.marks.map((mark, index) =>
        mark.kind !== 'text' || !withoutTexts ? (
          <MarkShape key={index} mark={mark} language={language} withoutTexts={withoutTexts} />
        ) : null,
      )}
      {withoutTexts
        ? null
        : layout.zones.map((zone) =>
            zone.hidden ? null : (
              <ZoneLabel
                key={`label:${zone.id}`}
                zone={zone}
                language={language}
                idPrefix={idPrefix}
              />
            ),
          )}
    </g>
  );
}

function ZoneShape({ zone }: { zone: Zone }) {
  const color = zone.color ? TLDRAW_COLOR_VALUES[zone.color] : NEUTRAL_ZONE_COLOR;
  const paint = {
    fill: color,
    fillOpacity: zone.kind === 'lane' ? 0.05 : 0.09,
    stroke: color,
    strokeOpacity: 0.7,
    strokeWidth: 2,
  };
  switch (zone.kind) {
    case 'rect':
    case 'lane':
      return (
        <rect
          x={zone.x}
          y={zone.y}
          width={zone.w}
          height={zone.h}
          rx={zone.kind === 'rect' ? 16 : 0}
          strokeDasharray={zone.kind === 'lane' ? '8 8' : undefined}
          {...paint}
        />
      );
    case 'circle':
      return <circle cx={zone.cx} cy={zone.cy} r={zone.r} {...paint} />;
    case 'ring':
      // An annulus: the outer circle with the inner one cut out (even-odd), so fills don't stack.
      return (
        <path
          fillRule="evenodd"
          d={`${circlePath(zone.cx, zone.cy, zone.outer)} ${circlePath(zone.cx, zone.cy, zone.inner)}`}
          {...paint}
        />
      );
  }
}

function circlePath(cx: number, cy: number, r: number): string {
  if (r <= 0) return '';
  return `M ${cx - r} ${cy} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
}

function ZoneLabel({
  zone,
  language,
  idPrefix,
}: {
  zone: Zone;
  language: Language;
  idPrefix: string;
}) {
  const text = zone.label[language];
  if (!text) return null;
  const centred = zone.kind === 'circle' || zone.kind === 'ring';
  const paint = {
    fontSize: FONT_SIZE.m,
    // On the canvas the label grows when zoomed out, as far as its zone allows.
    style: { fontSize: growingFontSize(FONT_SIZE.m, zoneLabelCap(zone, text), MIN_SCREEN_LABEL) },
    fontWeight: 600,
    fill: zone.color ? TLDRAW_COLOR_VALUES[zone.color] : MUTED_INK,
    textAnchor: centred ? 'middle' : 'start',
    dominantBaseline: 'middle',
  } as const;
  const arc =
    zone.kind === 'ring'
      ? ringLabelArc(zone)
      : zone.kind === 'circle'
        ? circleLabelArc(zone)
        : null;
  if (arc) {
    // Along the ring's middle (or a circle's top edge): a long label has the arc, not one chord.
    const id = `${idPrefix}-${zone.id}`;
    return (
      <>
        <path id={id} d={arc.path} fill="none" />
        {/* Unhinted: at a small zoom rounded glyph advances would push the text off its arc. */}
        <text {...paint} textRendering="geometricPrecision">
          <textPath href={`#${id}`} startOffset="50%">
            {text}
          </textPath>
        </text>
      </>
    );
  }
  return (
    <text x={zone.labelAt.x} y={zone.labelAt.y} {...paint}>
      {text}
    </text>
  );
}

interface MarkShapeProps {
  mark: Mark;
  language: Language;
  withoutTexts: boolean;
}

function MarkShape({ mark, language, withoutTexts }: MarkShapeProps) {
  if (mark.kind === 'pin') return <PinShape mark={mark} withoutTexts={withoutTexts} />;
  if (mark.kind === 'line') {
    return (
      <line
        x1={mark.from.x}
        y1={mark.from.y}
        x2={mark.to.x}
        y2={mark.to.y}
        stroke={mark.stroke === 'guide' ? MUTED_INK : INK}
        strokeOpacity={mark.stroke === 'guide' ? 0.5 : 1}
        strokeWidth={STROKE_WIDTH[mark.stroke]}
        strokeLinecap="round"
      />
    );
  }
  // Headings (a title, an owner's name) and texts that ask to (a zone's question) grow when zoomed
  // out too; ticks and other hints stay put.
  const base = FONT_SIZE[mark.size];
  const heading = mark.size === 'l' || mark.size === 'xl';
  const grown = heading
    ? growingFontSize(base, headingCap(base), MIN_SCREEN_HEADING)
    : mark.grow
      ? growingFontSize(base, HINT_GROWTH * base, MIN_SCREEN_HINT)
      : null;
  return (
    <text
      x={mark.at.x}
      y={mark.at.y}
      fontSize={base}
      style={grown ? { fontSize: grown } : undefined}
      data-grows={!heading && mark.grow ? true : undefined}
      fill={mark.muted ? MUTED_INK : INK}
      textAnchor={mark.align}
      dominantBaseline="middle"
    >
      {mark.text[language]}
    </text>
  );
}

/** Faded: an earlier ronde's marker must never be taken for one standing now. */
const PIN_OPACITY = 0.35;
const PIN_TEXT_SIZE = 24;

/** A marker of an earlier ronde: a faded, dashed pill in its person's colour, with their name. */
function PinShape({
  mark,
  withoutTexts,
}: {
  mark: Extract<Mark, { kind: 'pin' }>;
  withoutTexts: boolean;
}) {
  const x = mark.at.x - mark.w / 2;
  const y = mark.at.y - mark.h / 2;
  // Roughly what fits at the largest size it grows to: cut rather than run out of its pill.
  const fits = Math.max(1, Math.floor((mark.w - 28) / (mark.h * 0.7 * 0.55)));
  const name = mark.text.length > fits ? `${mark.text.slice(0, fits - 1)}…` : mark.text;
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={mark.w}
        height={mark.h}
        rx={mark.h / 2}
        fill={mark.colour}
        fillOpacity={PIN_OPACITY}
        stroke={mark.colour}
        strokeWidth={2}
        strokeDasharray="6 5"
      />
      {withoutTexts ? null : (
        <text
          x={x + 14}
          y={mark.at.y}
          fontSize={PIN_TEXT_SIZE}
          // Grows when zoomed out, as far as the pill's height allows.
          style={{
            fontSize: growingFontSize(PIN_TEXT_SIZE, mark.h * 0.7, MIN_SCREEN_LABEL),
          }}
          fontWeight={600}
          fill={INK}
          dominantBaseline="middle"
        >
          {name}
        </text>
      )}
    </g>
  );
}
