/**
 * The energiemeter's background: a meter per topic, one under another (each from leeg to vol,
 * with the last fixed ronde faded below its axis), what gives energy, what costs energy and
 * reflectie. With one topic those three areas lie side by side below the meter (about 3400 × 1650
 * page units); with more, they stand in a column to the right of the meters, so two topics still
 * fit a 1920 × 1080 projector at "Alles in beeld" with names and numbers readable. With three,
 * "Ga naar" brings each meter into view.
 *
 * A meter's id is its topic's line (`onderwerp-1`…): correcting a topic's wording keeps its
 * markers, and every meter keeps its columns where they were, so adding a topic moves no value;
 * cards keep their place within their area when it moves or changes size (`relayoutScaleBoard`).
 */
import { comparedRonde } from '../../markers/compared.js';
import {
  meterAt,
  meterGroup,
  meterMarks,
  meterZones,
  SCALE_W,
  type Meter,
  type ScaleLayout,
} from '../../markers/scale.js';
import type { Bounds } from '../../cards/BoardCard.js';
import { layoutBounds, textMark, type Mark, type RectZone } from '../Layout.js';
import { hintMark } from '../zoneBoard.js';
import { reflectieMarks, reflectieZone } from '../reflectie.js';
import { topicsOf, type EnergiemeterSettings } from './settings.js';
import { COMPARED_TEXTS, METER_TEXTS, REFLECTION, SOURCE_TEXTS } from './texts.js';

export const SourceZone = { Geeft: 'geeft', Kost: 'kost' } as const;
export type SourceZone = (typeof SourceZone)[keyof typeof SourceZone];

/** What gives energy in green, what costs it in red. */
export const SOURCE_COLORS = { geeft: 'green', kost: 'red' } as const;

const METER_GAP = 60;
const GAP = 40;
const AREA_H = 760;
/** The column of areas beside two or three meters. */
const SIDE_GAP = 80;
const SIDE_W = 1000;

/** The id of the meter of the topic on line `index` (0-based). */
export function meterId(index: number): string {
  return `onderwerp-${index + 1}`;
}

function meters(settings: EnergiemeterSettings): Meter[] {
  const topics = topicsOf(settings.onderwerpen);
  const labels = topics.length > 0 ? topics.map((t) => ({ nl: t, en: t })) : [METER_TEXTS.moment];
  const placed: Meter[] = [];
  for (const [index, label] of labels.entries()) {
    const top = placed.length > 0 ? (placed.at(-1) as Meter).bottom + METER_GAP : 0;
    placed.push(
      meterAt(0, top, {
        id: meterId(index),
        label,
        minLabel: METER_TEXTS.min,
        maxLabel: METER_TEXTS.max,
        size: { liveSlots: 5, ghostSlots: 3 },
      }),
    );
  }
  return placed;
}

function area(id: SourceZone, { x, y, w, h }: Bounds): RectZone {
  return {
    id,
    kind: 'rect',
    x,
    y,
    w,
    h,
    label: SOURCE_TEXTS[id].label,
    labelAt: { x: x + 24, y: y + 48 },
    color: SOURCE_COLORS[id],
  };
}

/** Where the three areas go: in a row below one meter, in a column beside several. */
function areaBounds(scales: readonly Meter[]): [Bounds, Bounds, Bounds] {
  const last = scales.at(-1) as Meter;
  if (scales.length === 1) {
    const y = last.bottom + GAP;
    const w = (SCALE_W - 2 * GAP) / 3;
    return [0, 1, 2].map((i) => ({ x: i * (w + GAP), y, w, h: AREA_H })) as [
      Bounds,
      Bounds,
      Bounds,
    ];
  }
  const h = (last.bottom - 2 * GAP) / 3;
  const x = SCALE_W + SIDE_GAP;
  return [0, 1, 2].map((i) => ({ x, y: i * (h + GAP), w: SIDE_W, h })) as [Bounds, Bounds, Bounds];
}

export function energiemeterLayout(settings: EnergiemeterSettings): ScaleLayout {
  const scales = meters(settings);
  const [geeft, kost, side] = areaBounds(scales);
  const sources = [area('geeft', geeft), area('kost', kost)];
  const reflectie = reflectieZone(side);
  const named = scales.length > 1;
  const zones = [...scales.flatMap((m) => meterZones(m, named)), ...sources, reflectie];
  const compared = comparedRonde(settings.rondes, COMPARED_TEXTS);
  const marks: Mark[] = [
    ...scales.flatMap((m) => meterMarks(m, compared)),
    ...sources.map((zone) => hintMark(zone, SOURCE_TEXTS[zone.id as SourceZone].hint)),
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
    groups: scales.map(meterGroup),
    meters: scales,
    bounds: layoutBounds(zones, marks, 40),
  };
}
