/**
 * The background of the 2x2 vragen: the four questions as a 2 × 2 in the order they are asked
 * (belang, resultaat on top; condities en competenties, actie below), reflectie beside them. A
 * question holds eighteen kaarten; the board reads on a projector at "Alles in beeld".
 */
import { layoutBounds, textMark, type Layout, type Mark } from '../Layout.js';
import { reflectieMarks, reflectieZone } from '../reflectie.js';
import { hintMark, labelledRect, themaMarks } from '../zoneBoard.js';
import type { TweeKeerTweeSettings } from './settings.js';
import { QUESTIONS, QUESTION_IDS, REFLECTION, partnerText, type QuestionId } from './texts.js';

/** Each question its own colour, so a card's question shows from afar. */
export const QUESTION_COLORS = {
  belang: 'violet',
  resultaat: 'blue',
  condities: 'orange',
  actie: 'green',
} as const satisfies Record<QuestionId, string>;

const CELL_W = 1400;
const CELL_H = 820;
const GAP = 80;
const REFLECTIE_W = 800;

export function tweeKeerTweeLayout(settings: TweeKeerTweeSettings): Layout {
  const zones = QUESTION_IDS.map((id, i) =>
    labelledRect(
      id,
      { x: (i % 2) * (CELL_W + GAP), y: Math.floor(i / 2) * (CELL_H + GAP), w: CELL_W, h: CELL_H },
      QUESTIONS[id],
      QUESTION_COLORS[id],
    ),
  );
  const width = 2 * CELL_W + GAP;
  const reflectie = reflectieZone({ x: width + GAP, y: 0, w: REFLECTIE_W, h: 2 * CELL_H + GAP });
  const partner = partnerText(settings.partner);
  const marks: Mark[] = [
    ...themaMarks(settings.thema),
    ...(partner ? [textMark({ x: width, y: -80 }, partner, 'l', 'end')] : []),
    ...zones.map((zone) => hintMark(zone, QUESTIONS[zone.id as QuestionId].hint)),
    ...reflectieMarks(reflectie, REFLECTION),
  ];
  const all = [...zones, reflectie];
  return { zones: all, marks, bounds: layoutBounds(all, marks, 40) };
}
