import { describe, expect, it } from 'vitest';
import type { Harvest, HarvestChart } from './Harvest.js';
import { chartToText } from './harvestChartText.js';
import { harvestToMarkdown } from './harvestMarkdown.js';

const point = (name: string, value: number) => ({ name, colour: '#1864ab', value });

const chart: HarvestChart = {
  kind: 'scale',
  id: 'schaal-nu',
  title: { nl: 'Waar staan we nu?', en: 'Where are we now?' },
  min: 0,
  max: 10,
  minLabel: { nl: 'niets', en: 'nothing' },
  maxLabel: { nl: 'alles', en: 'everything' },
  series: [
    {
      label: { nl: 'Ronde 1', en: 'Round 1' },
      points: [point('Anna', 4), point('Bram', 5), point('Carla', 5)],
      median: 5,
      range: { min: 4, max: 5 },
    },
    {
      label: { nl: 'Nu', en: 'Now' },
      points: [point('Anna', 7), point('Bram', 6), point('Carla', 8), point('Dewi', 7)],
      median: 7,
      range: { min: 6, max: 8 },
    },
  ],
};

describe('a chart as text', () => {
  const lines = chartToText(chart, 'nl');

  it('stands the scale upright with a dot per person per moment, side by side', () => {
    expect(lines[0]).toMatch(/Ronde 1\s+Nu$/);
    const row = (value: number) =>
      lines.find((line) => line.startsWith(`${String(value).padStart(9)} │`));
    expect(row(10)).toBe('       10 │         │');
    expect(row(7)).toBe('        7 │         │ ●●');
    expect(row(5)).toBe('        5 │ ●●      │');
    expect(lines).toHaveLength(1 + 11 + 2);
  });

  it('writes median and spread under each moment, in the reader’s language', () => {
    expect(lines.at(-2)).toBe('  mediaan │ 5       │ 7');
    expect(lines.at(-1)).toBe('spreiding │ 4–5     │ 6–8');
    const halves = chartToText({ ...chart, series: [{ ...chart.series[0]!, median: 4.5 }] }, 'en');
    expect(halves.at(-2)).toBe('median │ 4.5');
  });

  it('is in the Markdown report before the tables, fenced, with what the ends mean', () => {
    const harvest: Harvest = {
      werkvorm: 'schaalvraag',
      thema: '',
      result: {},
      reflection: { prompts: [], answers: [] },
      charts: [chart],
      tables: [{ id: 't', title: { nl: 'Tabel', en: 'Table' }, columns: [], rows: [] }],
    };
    const markdown = harvestToMarkdown(harvest, { title: 'Bord', language: 'nl', timeZone: 'UTC' });
    expect(markdown).toContain('## Waar staan we nu?\n\n_0 = niets · 10 = alles_\n\n```text\n');
    expect(markdown.indexOf('●')).toBeLessThan(markdown.indexOf('## Tabel'));
  });
});
