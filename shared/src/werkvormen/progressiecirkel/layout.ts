/**
 * The progressiecirkel's background: a large inner circle (al bereikte progressie; the werkboek
 * asks for it "lekker groot"), a ring around it (nog te boeken progressie), and beside them a
 * column with the subject as the title on top and reflectie below it (as the stakeholdermap does:
 * a title above the circle would make the board taller, and the height is what limits the zoom on
 * a wide screen). The inner circle holds about fourteen kaarten and the ring twenty in one round;
 * the whole board reads on a projector at "Alles in beeld".
 */
import {
  layoutBounds,
  textMark,
  type CircleZone,
  type Layout,
  type Mark,
  type RingZone,
} from '../Layout.js';
import { reflectieMarks, reflectieZone } from '../reflectie.js';
import { growing } from '../zoneBoard.js';
import type { ProgressiecirkelSettings } from './settings.js';
import { CIRCLES, CircleId, REFLECTION } from './texts.js';

export interface ProgressiecirkelLayout extends Layout {
  centre: { x: number; y: number };
  innerRadius: number;
  outerRadius: number;
}

/** Achieved is green; still to make a calm blue, so the orange of the fruit stands out on it. */
export const CIRCLE_COLORS = { bereikt: 'green', 'nog-te-boeken': 'light-blue' } as const;

const INNER = 600;
const OUTER = 900;
const COLUMN_GAP = 140;
const COLUMN_W = 860;
/** Room for the subject above reflectie. */
const TITLE_ROOM = 110;

export function progressiecirkelLayout(settings: ProgressiecirkelSettings): ProgressiecirkelLayout {
  const centre = { x: 0, y: 0 };
  const bereikt: CircleZone = {
    id: CircleId.Bereikt,
    kind: 'circle',
    cx: centre.x,
    cy: centre.y,
    r: INNER,
    label: CIRCLES.bereikt.label,
    labelAt: { x: centre.x, y: centre.y - INNER + 48 },
    color: CIRCLE_COLORS.bereikt,
  };
  const nogTeBoeken: RingZone = {
    id: CircleId.NogTeBoeken,
    kind: 'ring',
    cx: centre.x,
    cy: centre.y,
    inner: INNER,
    outer: OUTER,
    label: CIRCLES['nog-te-boeken'].label,
    labelAt: { x: centre.x, y: centre.y - OUTER + 48 },
    color: CIRCLE_COLORS['nog-te-boeken'],
  };
  const columnX = centre.x + OUTER + COLUMN_GAP;
  const reflectie = reflectieZone({
    x: columnX,
    y: centre.y - OUTER + TITLE_ROOM,
    w: COLUMN_W,
    h: 2 * OUTER - TITLE_ROOM,
  });
  const subject = settings.thema.trim();
  const marks: Mark[] = [
    ...(subject
      ? [
          textMark(
            { x: columnX, y: centre.y - OUTER + 30 },
            { nl: subject, en: subject },
            'xl',
            'start',
          ),
        ]
      : []),
    // The hints: under the inner circle's label, and across the bottom of the ring.
    growing(
      textMark(
        { x: centre.x, y: centre.y - INNER + 150 },
        CIRCLES.bereikt.hint,
        'm',
        'middle',
        true,
      ),
    ),
    growing(
      textMark(
        { x: centre.x, y: centre.y + OUTER - 70 },
        CIRCLES['nog-te-boeken'].hint,
        'm',
        'middle',
        true,
      ),
    ),
    ...reflectieMarks(reflectie, REFLECTION),
  ];
  const zones = [bereikt, nogTeBoeken, reflectie];
  return {
    zones,
    marks,
    bounds: layoutBounds(zones, marks, 40),
    centre,
    innerRadius: INNER,
    outerRadius: OUTER,
  };
}
