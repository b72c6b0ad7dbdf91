import { describe, expect, it } from 'vitest';
import { harvestScales, scaleCharts, scaleTables } from './markerHarvest.js';
import type { Ronde } from './rondes.js';
import { meterAt, type ScaleLayout } from './scale.js';
import { localizeNumber, scaleStats } from './scaleStats.js';
import { markerAt } from './testMarkers.js';

const size = { liveSlots: 4, ghostSlots: 2 };
const words = { minLabel: { nl: 'leeg', en: 'empty' }, maxLabel: { nl: 'vol', en: 'full' }, size };
const project = meterAt(0, 0, { id: 'project', label: { nl: 'Project', en: 'Project' }, ...words });
const team = meterAt(0, 2000, { id: 'team', label: { nl: 'Team', en: 'Team' }, ...words });
const layout: ScaleLayout = {
  zones: [],
  marks: [],
  meters: [project, team],
  bounds: { x: 0, y: 0, w: 1, h: 1 },
};
const one: ScaleLayout = { ...layout, meters: [project] };

const earlier: Ronde[] = [
  {
    id: 'r1',
    date: '2026-03-03',
    markers: [
      { owner: 'user-anna', name: 'Anna', colour: '#c92a2a', meter: 'project', value: 4 },
      { owner: 'user-bram', name: 'Bram', colour: '#1864ab', meter: 'project', value: 5 },
      { owner: 'user-anna', name: 'Anna', colour: '#c92a2a', meter: 'team', value: 9 },
    ],
  },
];
const now = [
  markerAt(project, 'Anna', 7),
  markerAt(project, 'Bram', 6, 0, { id: 'shape:bram' }),
  markerAt(project, 'Carla', 8, 0, { id: 'shape:carla' }),
  markerAt(team, 'Anna', 3, 0, { id: 'shape:anna-team' }),
];

describe('scale statistics', () => {
  it('gives the middle value and the spread, and nothing for nobody', () => {
    expect(scaleStats([7, 3, 9])).toEqual({ count: 3, median: 7, min: 3, max: 9, spread: 6 });
    expect(scaleStats([6, 7, 2, 9]).median).toBe(6.5);
    expect(scaleStats([])).toEqual({ count: 0, median: null, min: null, max: null, spread: null });
    expect(localizeNumber(6.5)).toEqual({ nl: '6,5', en: '6.5' });
  });
});

describe('the markers in the harvest', () => {
  const scales = harvestScales(now, layout, earlier);

  it('has per scale every fixed ronde and now, each person with their value', () => {
    const [projectScale, teamScale] = scales;
    expect(
      projectScale?.moments.map((m) => [
        m.id,
        m.label.nl,
        m.values.map((v) => `${v.name} ${v.value}`),
      ]),
    ).toEqual([
      ['r1', 'Ronde 1 · 3 maart 2026', ['Anna 4', 'Bram 5']],
      ['nu', 'Nu', ['Anna 7', 'Bram 6', 'Carla 8']],
    ]);
    expect(projectScale?.moments[1]).toMatchObject({
      median: 7,
      min: 6,
      max: 8,
      spread: 2,
      count: 3,
    });
    expect(teamScale?.moments.map((m) => m.values.map((v) => v.value))).toEqual([[9], [3]]);
  });

  it('leaves now out when rondes exist and no marker stands, but keeps it on a new board', () => {
    expect(harvestScales([], layout, earlier)[0]?.moments.map((m) => m.id)).toEqual(['r1']);
    expect(harvestScales([], layout, [])[0]?.moments.map((m) => m.id)).toEqual(['nu']);
  });

  it('tables every marker, the median and spread, and each person from ronde to ronde', () => {
    const tables = scaleTables(scales);
    expect(tables.map((t) => t.id)).toEqual(['markeringen', 'verdeling', 'toen-en-nu']);
    const [markers, stats, fromTo] = tables;
    expect(markers?.rows).toContainEqual([
      { nl: 'Project', en: 'Project' },
      { nl: 'Nu', en: 'Now' },
      'Carla',
      '8',
    ]);
    expect(stats?.rows[1]).toEqual([
      { nl: 'Project', en: 'Project' },
      { nl: 'Nu', en: 'Now' },
      '3',
      { nl: '7', en: '7' },
      '6',
      '8',
      '2',
    ]);
    expect(fromTo?.columns.map((c) => c.key)).toEqual(['schaal', 'persoon', 'r1', 'nu']);
    expect(fromTo?.rows.slice(0, 3)).toEqual([
      [{ nl: 'Project', en: 'Project' }, 'Anna', '4', '7'],
      [{ nl: 'Project', en: 'Project' }, 'Bram', '5', '6'],
      [{ nl: 'Project', en: 'Project' }, 'Carla', '', '8'],
    ]);
  });

  it('names no scale in the rows of a board with one, and has no ronde-to-ronde table without rondes', () => {
    const tables = scaleTables(harvestScales(now, one, []));
    expect(tables.map((t) => t.id)).toEqual(['markeringen', 'verdeling']);
    expect(tables[0]?.columns.map((c) => c.key)).toEqual(['ronde', 'persoon', 'waarde']);
  });

  it('charts each scale, a row per moment with median and range', () => {
    const [chart] = scaleCharts(scales, layout);
    expect(chart).toMatchObject({ kind: 'scale', min: 0, max: 10, title: { nl: 'Project' } });
    expect(chart?.series.map((s) => [s.label.nl, s.points.length, s.median, s.range])).toEqual([
      ['Ronde 1 · 3 maart 2026', 2, 4.5, { min: 4, max: 5 }],
      ['Nu', 3, 7, { min: 6, max: 8 }],
    ]);
  });
});
