/**
 * Two boards with scales side by side (two teams' schaalvraag, one team's energiemeter in two
 * meetings): per scale, where each group stands now, as the harvest's charts have it: how many
 * markers, the median and the spread (lowest to highest). A board whose markers are gone since
 * its last ronde is read at that ronde. These come before the generic tables, which keep what the
 * groups wrote on their cards.
 */
import {
  type BoardComparison,
  type Finding,
  type HarvestedBoard,
} from '../compare/BoardComparison.js';
import type { Localized } from '../i18n.js';
import type { HarvestCell, HarvestChart, HarvestChartSeries } from '../werkvormen/Harvest.js';
import { localizeNumber } from './scaleStats.js';

const L = {
  title: { nl: 'Mediaan en spreiding per schaal', en: 'Median and spread per scale' },
  scale: { nl: 'Schaal', en: 'Scale' },
  moment: { nl: 'Moment', en: 'Moment' },
  count: { nl: 'Aantal', en: 'Count' },
  median: { nl: 'Mediaan', en: 'Median' },
  spread: { nl: 'Spreiding', en: 'Spread' },
  nobody: { nl: 'niemand', en: 'nobody' },
} satisfies Record<string, Localized>;

/** The id of the scales' table, first among the comparison's tables. */
export const SCALES_TABLE = 'schalen';
/** The id of a scale's finding: `schaal-<chart id>`. */
export const scaleFindingId = (chartId: string): string => `schaal-${chartId}`;

/** The moment a board is read at: now, or its last ronde when no marker stands now. */
function latest(chart: HarvestChart | undefined): HarvestChartSeries | null {
  if (!chart) return null;
  return [...chart.series].reverse().find((series) => series.points.length > 0) ?? null;
}

const median = (series: HarvestChartSeries | null): Localized =>
  series?.median === null || series === null ? L.nobody : localizeNumber(series.median);

/** "3–8 (5)": lowest, highest and the distance between them. */
function spread(series: HarvestChartSeries | null): Localized {
  const range = series?.range;
  if (!range) return L.nobody;
  const text = `${range.min}–${range.max} (${range.max - range.min})`;
  return { nl: text, en: text };
}

function sentence(
  title: Localized,
  a: { title: string; series: HarvestChartSeries | null },
  b: { title: string; series: HarvestChartSeries | null },
): Localized {
  const say = (side: typeof a, lang: 'nl' | 'en') =>
    side.series?.range
      ? `${median(side.series)[lang]} ${lang === 'nl' ? 'bij' : 'for'} ${side.title} (${side.series.range.min}–${side.series.range.max})`
      : `${L.nobody[lang]} ${lang === 'nl' ? 'bij' : 'for'} ${side.title}`;
  return {
    nl: `${title.nl}: mediaan ${say(a, 'nl')}, ${say(b, 'nl')}.`,
    en: `${title.en}: median ${say(a, 'en')}, ${say(b, 'en')}.`,
  };
}

export function compareScales(
  generic: BoardComparison,
  a: HarvestedBoard,
  b: HarvestedBoard,
): BoardComparison {
  const chartsA = a.harvest.charts ?? [];
  const chartsB = b.harvest.charts ?? [];
  const ids = [...new Set([...chartsA, ...chartsB].map((chart) => chart.id))];
  const findings: Finding[] = [];
  const rows: HarvestCell[][] = [];
  for (const id of ids) {
    const ca = chartsA.find((chart) => chart.id === id);
    const cb = chartsB.find((chart) => chart.id === id);
    const title = (ca ?? cb)!.title;
    const sa = latest(ca);
    const sb = latest(cb);
    if (sa === null && sb === null) continue;
    findings.push({
      id: scaleFindingId(id),
      text: sentence(title, { title: a.title, series: sa }, { title: b.title, series: sb }),
    });
    for (const [board, series] of [
      [a, sa],
      [b, sb],
    ] as const) {
      rows.push([
        title,
        { nl: board.title, en: board.title },
        series?.label ?? L.nobody,
        String(series?.points.length ?? 0),
        median(series),
        spread(series),
      ]);
    }
  }
  if (rows.length === 0) return generic;
  return {
    ...generic,
    findings: [...findings, ...generic.findings],
    tables: [
      {
        id: SCALES_TABLE,
        title: L.title,
        columns: [
          { key: 'schaal', label: L.scale },
          { key: 'bord', label: { nl: 'Bord', en: 'Board' } },
          { key: 'moment', label: L.moment },
          { key: 'aantal', label: L.count },
          { key: 'mediaan', label: L.median },
          { key: 'spreiding', label: L.spread },
        ],
        rows,
      },
      ...generic.tables,
    ],
  };
}
