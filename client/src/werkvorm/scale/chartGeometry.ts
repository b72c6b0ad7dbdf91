/**
 * Where everything of a scale chart goes, as pure numbers (the SVG on the board and the tests
 * share it): per moment a row with its label, a stack of dots per value standing on the axis,
 * and the values under it. Rows are as high as their highest stack; a stack higher than
 * `maxStack` dots is squeezed, never cut.
 */
import type { HarvestChart, HarvestChartSeries } from '@werkbord/shared';

export const CHART_GEOMETRY = {
  width: 340,
  /** Room for the label line above the dots. */
  labelH: 20,
  /** The radius of a dot, and the distance between stacked dots. */
  dot: 5,
  step: 11,
  maxStack: 8,
  /** Room under the axis for the median tick and the values. */
  footH: 30,
  /** Room at the ends of the axis, so the 0 and 10 dots are whole. */
  inset: 10,
} as const;

export interface ChartDot {
  x: number;
  y: number;
  colour: string;
  name: string;
  value: number;
}

export interface ChartRow {
  index: number;
  series: HarvestChartSeries;
  top: number;
  height: number;
  axisY: number;
  x(value: number): number;
  dots: ChartDot[];
  ticks: number[];
}

export function chartRows(chart: HarvestChart): ChartRow[] {
  const G = CHART_GEOMETRY;
  const span = Math.max(1, chart.max - chart.min);
  const x = (value: number) => G.inset + ((value - chart.min) / span) * (G.width - 2 * G.inset);
  const ticks = Array.from({ length: chart.max - chart.min + 1 }, (_, i) => chart.min + i);
  let top = 0;
  return chart.series.map((series, index) => {
    const counts = new Map<number, number>();
    for (const point of series.points) counts.set(point.value, (counts.get(point.value) ?? 0) + 1);
    const highest = Math.max(1, ...counts.values());
    const stackH = Math.min(highest, G.maxStack) * G.step;
    const axisY = G.labelH + stackH + 2;
    const placed = new Map<number, number>();
    const dots = [...series.points]
      .sort((a, b) => a.value - b.value || a.name.localeCompare(b.name, 'nl'))
      .map((point) => {
        const n = placed.get(point.value) ?? 0;
        placed.set(point.value, n + 1);
        const here = counts.get(point.value) ?? 1;
        const step = here > G.maxStack ? stackH / here : G.step;
        return { ...point, x: x(point.value), y: axisY - G.dot - 1 - n * step };
      });
    const height = axisY + G.footH;
    const row = { index, series, top, height, axisY, x, dots, ticks };
    top += height;
    return row;
  });
}
