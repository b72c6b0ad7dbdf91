/**
 * A harvest chart as plain text, for the Markdown report: the scale upright (its top value
 * first), one column per moment with a dot per person at their value, and the median and spread
 * under each column, so then and now stand side by side in any text viewer.
 *
 * ```
 *             Ronde 1 · 3 maart 2026   Nu
 *         10 │                        │
 *          8 │ ●●                     │ ●●●
 *          7 │ ●●●                    │ ●●
 *    mediaan │ 7                      │ 8
 *  spreiding │ 5–8                    │ 6–9
 * ```
 */
import type { Language, Localized } from '../i18n.js';
import type { HarvestChart, HarvestChartSeries } from './Harvest.js';

const DOT = '●';
/** More dots than this in one place are written as a count: "●×14". */
const MAX_DOTS = 12;

export const CHART_LABELS = {
  mediaan: { nl: 'mediaan', en: 'median' },
  spreiding: { nl: 'spreiding', en: 'spread' },
} satisfies Record<string, Localized>;

function dots(count: number): string {
  if (count === 0) return '';
  return count > MAX_DOTS ? `${DOT}×${count}` : DOT.repeat(count);
}

function number(value: number, language: Language): string {
  const text = String(Math.round(value * 10) / 10);
  return language === 'nl' ? text.replace('.', ',') : text;
}

function footer(series: HarvestChartSeries, language: Language): [string, string] {
  if (series.median === null || series.range === null) return ['–', '–'];
  const { min, max } = series.range;
  return [number(series.median, language), `${min}–${max}`];
}

/** The chart's lines (without a code fence): the scale upright, a column per series. */
export function chartToText(chart: HarvestChart, language: Language): string[] {
  const values: number[] = [];
  for (let value = chart.max; value >= chart.min; value--) values.push(value);
  const labels = [CHART_LABELS.mediaan[language], CHART_LABELS.spreiding[language]];
  const gutter = Math.max(String(chart.max).length, ...labels.map((label) => label.length));
  const columns = chart.series.map((series) => {
    const counts = values.map((value) =>
      dots(series.points.filter((p) => p.value === value).length),
    );
    const foot = footer(series, language);
    const width = Math.max(
      series.label[language].length,
      ...counts.map((c) => c.length),
      ...foot.map((f) => f.length),
    );
    return { label: series.label[language], counts, foot, width };
  });
  const row = (head: string, cells: string[]) =>
    `${head.padStart(gutter)} │ ${cells.map((cell, i) => cell.padEnd(columns[i]?.width ?? 0)).join(' │ ')}`.trimEnd();
  return [
    `${' '.repeat(gutter)}   ${columns.map((c) => c.label.padEnd(c.width)).join('   ')}`.trimEnd(),
    ...values.map((value, index) =>
      row(
        String(value),
        columns.map((c) => c.counts[index] ?? ''),
      ),
    ),
    ...labels.map((label, index) =>
      row(
        label,
        columns.map((c) => c.foot[index] ?? ''),
      ),
    ),
  ];
}
