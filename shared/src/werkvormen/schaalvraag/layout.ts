/**
 * The schaalvraag's background: the scale from 0 to 10 across the top (the markers stand on it,
 * the last fixed ronde hangs faded below it), the four questions as columns below the scale, and
 * reflectie to the right of everything. About 4300 × 2000 page units: it fits a 1920 × 1080
 * projector at "Alles in beeld" with names and numbers readable.
 */
import { comparedRonde } from '../../markers/compared.js';
import {
  meterAt,
  meterGroup,
  meterMarks,
  meterZones,
  SCALE_W,
  type ScaleLayout,
} from '../../markers/scale.js';
import { layoutBounds, textMark, type Mark, type RectZone } from '../Layout.js';
import { hintMark } from '../zoneBoard.js';
import { reflectieMarks, reflectieZone } from '../reflectie.js';
import type { SchaalvraagSettings } from './settings.js';
import { COMPARED_TEXTS, QUESTION_TEXTS, REFLECTION, SCALE_TEXTS } from './texts.js';

export const QuestionZone = {
  Gelukt: 'gelukt',
  Successen: 'successen',
  StapjeHoger: 'stapje-hoger',
  VolgendeStap: 'volgende-stap',
} as const;
export type QuestionZone = (typeof QuestionZone)[keyof typeof QuestionZone];

export const QUESTION_ZONES: readonly QuestionZone[] = Object.values(QuestionZone);

/** Cards take the colour of their question: what worked in greens, what is ahead in blues. */
export const QUESTION_COLORS = {
  gelukt: 'green',
  successen: 'light-green',
  'stapje-hoger': 'light-blue',
  'volgende-stap': 'violet',
} as const;

/** The id of the one scale. */
export const SCALE_ID = 'nu';

const GAP = 40;
const SIDE_GAP = 80;
const QUESTION_H = 760;
const REFLECTIE_W = 860;

function questionZone(id: QuestionZone, x: number, y: number, w: number): RectZone {
  return {
    id,
    kind: 'rect',
    x,
    y,
    w,
    h: QUESTION_H,
    label: QUESTION_TEXTS[id].label,
    labelAt: { x: x + 24, y: y + 48 },
    color: QUESTION_COLORS[id],
  };
}

export function schaalvraagLayout(settings: SchaalvraagSettings): ScaleLayout {
  const doel = settings.doel.trim();
  const meter = meterAt(0, 0, {
    id: SCALE_ID,
    label: SCALE_TEXTS.title,
    minLabel: SCALE_TEXTS.min,
    maxLabel: doel ? { nl: doel, en: doel } : SCALE_TEXTS.max,
    size: { liveSlots: 6, ghostSlots: 4 },
  });
  const questionsY = meter.bottom + GAP;
  const columnW = (SCALE_W - GAP * (QUESTION_ZONES.length - 1)) / QUESTION_ZONES.length;
  const questions = QUESTION_ZONES.map((id, i) =>
    questionZone(id, i * (columnW + GAP), questionsY, columnW),
  );
  const reflectie = reflectieZone({
    x: SCALE_W + SIDE_GAP,
    y: 0,
    w: REFLECTIE_W,
    h: questionsY + QUESTION_H,
  });
  const zones = [...meterZones(meter, false), ...questions, reflectie];
  const marks: Mark[] = [
    ...meterMarks(meter, comparedRonde(settings.rondes, COMPARED_TEXTS)),
    ...questions.map((zone) => hintMark(zone, QUESTION_TEXTS[zone.id as QuestionZone].hint)),
    ...reflectieMarks(reflectie, REFLECTION),
  ];
  if (settings.thema.trim()) {
    marks.unshift(
      textMark({ x: 0, y: -80 }, { nl: settings.thema, en: settings.thema }, 'xl', 'start'),
    );
  }
  return {
    zones,
    marks,
    groups: [meterGroup(meter)],
    meters: [meter],
    bounds: layoutBounds(zones, marks, 40),
  };
}
