/**
 * A harvest chart of a scale as SVG, drawn by us: one row per moment (each fixed ronde, then
 * now), a dot per person in their colour, stacked at their value, the spread as a band along the
 * axis and the median as a tick. The same numbers as the report's chart (`chartToText`, the
 * PDF), read from the same harvest.
 */
import type { HarvestChart, HarvestChartSeries, Language } from '@werkbord/shared';
import { useT } from '../../i18n/useT';
import { chartRows, CHART_GEOMETRY as G } from './chartGeometry';

interface ScaleChartProps {
  chart: HarvestChart;
  language: Language;
}

export function ScaleChart({ chart, language }: ScaleChartProps) {
  const t = useT();
  const rows = chartRows(chart);
  const height = rows.reduce((sum, row) => sum + row.height, 0);
  const summary = (series: HarvestChartSeries) =>
    series.median === null || series.range === null
      ? t('scaleView.nobody')
      : t('scaleView.summary', {
          median: localNumber(series.median, language),
          min: series.range.min,
          max: series.range.max,
        });
  return (
    <figure className="scale-chart" data-testid="scale-chart" data-chart={chart.id}>
      <figcaption className="scale-chart__title">{chart.title[language]}</figcaption>
      <svg
        className="scale-chart__svg"
        viewBox={`0 0 ${G.width} ${height}`}
        role="img"
        aria-label={chart.series
          .map((series) => `${series.label[language]}: ${summary(series)}`)
          .join('; ')}
      >
        {rows.map((row) => (
          <g
            key={row.index}
            transform={`translate(0 ${row.top})`}
            data-testid="scale-series"
            data-label={row.series.label[language]}
            data-count={row.series.points.length}
            data-median={row.series.median ?? ''}
          >
            <text className="scale-chart__label" x={0} y={12}>
              {row.series.label[language]}
            </text>
            <text className="scale-chart__summary" x={G.width} y={12} textAnchor="end">
              {summary(row.series)}
            </text>
            {row.series.range && (
              <rect
                className="scale-chart__spread"
                x={row.x(row.series.range.min) - G.dot}
                y={row.axisY - G.dot}
                width={row.x(row.series.range.max) - row.x(row.series.range.min) + 2 * G.dot}
                height={2 * G.dot}
                rx={G.dot}
              />
            )}
            <line
              className="scale-chart__axis"
              x1={row.x(chart.min)}
              x2={row.x(chart.max)}
              y1={row.axisY}
              y2={row.axisY}
            />
            {row.dots.map((dot, i) => (
              <circle
                key={i}
                className="scale-chart__dot"
                cx={dot.x}
                cy={dot.y}
                r={G.dot}
                fill={dot.colour}
              >
                <title>{`${dot.name}: ${dot.value}`}</title>
              </circle>
            ))}
            {row.series.median !== null && (
              <path
                className="scale-chart__median"
                d={`M ${row.x(row.series.median)} ${row.axisY + 3} l -5 8 h 10 z`}
              />
            )}
            {row.ticks.map((value) => (
              <text
                key={value}
                className="scale-chart__tick"
                x={row.x(value)}
                y={row.axisY + 22}
                textAnchor="middle"
              >
                {value}
              </text>
            ))}
          </g>
        ))}
      </svg>
      <p className="scale-chart__ends">
        {`${chart.min} = ${chart.minLabel[language]} · ${chart.max} = ${chart.maxLabel[language]}`}
      </p>
    </figure>
  );
}

function localNumber(value: number, language: Language): string {
  const text = String(Math.round(value * 10) / 10);
  return language === 'nl' ? text.replace('.', ',') : text;
}
