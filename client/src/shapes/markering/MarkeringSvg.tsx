/**
 * A marker drawn in plain SVG for exports (PNG, SVG, PDF), mirroring its look on the canvas:
 * the pill in the person's colour, the value in a white badge, the name.
 */
import { CARD_SVG_FONT } from '../../picture/exportFonts';
import { charsPerLine, wrapText } from '../card/wrapText';

interface MarkeringSvgProps {
  w: number;
  h: number;
  colour: string;
  name: string;
  value: string;
}

const NAME_SIZE = 26;

export function MarkeringSvg({ w, h, colour, name, value }: MarkeringSvgProps) {
  const badge = h - 14;
  const nameX = 6 + badge + 8;
  const [shown = ''] = wrapText(name, charsPerLine(w - nameX - 14, NAME_SIZE), 1);
  return (
    <g fontFamily={CARD_SVG_FONT}>
      <rect width={w} height={h} rx={h / 2} fill={colour} />
      <circle cx={6 + badge / 2} cy={h / 2} r={badge / 2} fill="#ffffff" />
      <text
        x={6 + badge / 2}
        y={h / 2}
        fontSize={24}
        fontWeight={800}
        fill={colour}
        textAnchor="middle"
        dominantBaseline="central"
      >
        {value}
      </text>
      <text
        x={nameX}
        y={h / 2}
        fontSize={NAME_SIZE}
        fontWeight={700}
        fill="#ffffff"
        dominantBaseline="central"
      >
        {shown}
      </text>
    </g>
  );
}
