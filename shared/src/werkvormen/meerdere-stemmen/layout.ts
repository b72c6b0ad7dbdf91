/**
 * The background of meerdere stemmen: the four voices as a 2 × 2 (dwarskijkers and dromers on top,
 * waarschuwers and enthousiastelingen below), and beside them a column with "proces en draagvlak"
 * above reflectie. A voice holds fifteen kaarten; the board reads on a projector at "Alles in beeld".
 */
import { layoutBounds, type Layout, type Mark } from '../Layout.js';
import { reflectieHeight, reflectieMarks, reflectieZone } from '../reflectie.js';
import { hintMark, labelledRect, themaMarks } from '../zoneBoard.js';
import type { ThemaSettings } from '../SettingsSchema.js';
import { REFLECTION, VERVOLG, VERVOLG_ZONE_ID, VOICES, VOICE_IDS, type VoiceId } from './texts.js';

/** Each voice its own colour; the follow-up blue, apart from all four. */
export const VOICE_COLORS = {
  dwarskijkers: 'violet',
  dromers: 'light-blue',
  waarschuwers: 'orange',
  enthousiastelingen: 'green',
} as const satisfies Record<VoiceId, string>;

const CELL_W = 1300;
const CELL_H = 820;
const GAP = 80;
const COLUMN_W = 820;

export function meerdereStemmenLayout(settings: ThemaSettings): Layout {
  const voices = VOICE_IDS.map((id, i) =>
    labelledRect(
      id,
      { x: (i % 2) * (CELL_W + GAP), y: Math.floor(i / 2) * (CELL_H + GAP), w: CELL_W, h: CELL_H },
      VOICES[id],
      VOICE_COLORS[id],
    ),
  );
  const columnX = 2 * CELL_W + 2 * GAP;
  const height = 2 * CELL_H + GAP;
  const reflectieH = reflectieHeight(REFLECTION.length);
  const vervolg = labelledRect(
    VERVOLG_ZONE_ID,
    { x: columnX, y: 0, w: COLUMN_W, h: height - GAP - reflectieH },
    VERVOLG,
    'blue',
  );
  const reflectie = reflectieZone({ x: columnX, y: vervolg.h + GAP, w: COLUMN_W, h: reflectieH });
  const marks: Mark[] = [
    ...themaMarks(settings.thema),
    ...voices.map((zone) => hintMark(zone, VOICES[zone.id as VoiceId].hint)),
    hintMark(vervolg, VERVOLG.hint),
    ...reflectieMarks(reflectie, REFLECTION),
  ];
  const zones = [...voices, vervolg, reflectie];
  return { zones, marks, bounds: layoutBounds(zones, marks, 40) };
}
