/**
 * The harvest's charts in the PDF, on a page of their own before the tables: per chart its title
 * and what the ends of the scale mean, then a row per moment (each fixed ronde, then now) with a
 * dot per person in their colour stacked at their value, the spread as a band along the axis, the
 * median as a tick under it and both written out. Drawn with jsPDF's own lines and circles.
 */
import { CHART_LABELS, type HarvestChart, type Language } from '@werkbord/shared';
import type { jsPDF } from 'jspdf';
import { PDF_FONT } from './pdfFonts';

export interface PdfChartsOptions {
  language: Language;
  /** "Oogst": the heading's prefix. */
  heading: string;
  margin: number;
}

/** Millimetres. */
const LABEL_W = 62;
const AXIS_W = 150;
const DOT = 1.8;
const STEP = 4.2;
const MAX_STACK = 8;
const ROW_GAP = 6;
const INK = '#1d1d1d';
const MUTED = '#5b6474';
const SPREAD = '#dbe7f3';

export function drawHarvestCharts(
  pdf: jsPDF,
  charts: readonly HarvestChart[],
  options: PdfChartsOptions,
): void {
  if (charts.length === 0) return;
  const { margin, language } = options;
  const bottom = pdf.internal.pageSize.getHeight() - margin;
  pdf.addPage('a4', 'landscape');
  let top = margin;
  for (const chart of charts) {
    const rows = chart.series.map((series) => {
      const counts = new Map<number, number>();
      for (const p of series.points) counts.set(p.value, (counts.get(p.value) ?? 0) + 1);
      const highest = Math.min(MAX_STACK, Math.max(1, ...counts.values()));
      return { series, counts, height: 8 + highest * STEP + 10 };
    });
    const needed = 16 + (rows[0]?.height ?? 0);
    if (top + needed > bottom && top > margin) {
      pdf.addPage('a4', 'landscape');
      top = margin;
    }
    pdf.setTextColor(INK);
    pdf.setFont(PDF_FONT, 'bold');
    pdf.setFontSize(13);
    pdf.text(`${options.heading}: ${chart.title[language]}`, margin, top + 5);
    pdf.setFont(PDF_FONT, 'normal');
    pdf.setFontSize(9);
    pdf.setTextColor(MUTED);
    const ends = `${chart.min} = ${chart.minLabel[language]} · ${chart.max} = ${chart.maxLabel[language]}`;
    pdf.text(pdf.splitTextToSize(ends, LABEL_W + AXIS_W + 60)[0] ?? '', margin, top + 10.5);
    top += 16;
    const x0 = margin + LABEL_W;
    const x = (value: number) =>
      x0 + ((value - chart.min) / Math.max(1, chart.max - chart.min)) * AXIS_W;
    for (const row of rows) {
      if (top + row.height > bottom) {
        pdf.addPage('a4', 'landscape');
        top = margin;
      }
      const axisY = top + row.height - 10;
      const { series } = row;
      pdf.setTextColor(INK);
      pdf.setFont(PDF_FONT, 'bold');
      pdf.setFontSize(10);
      pdf.text(
        pdf.splitTextToSize(series.label[language], LABEL_W - 4) as string[],
        margin,
        axisY - 2,
      );
      if (series.range) {
        pdf.setFillColor(SPREAD);
        const left = x(series.range.min) - DOT - 0.6;
        pdf.roundedRect(
          left,
          axisY - DOT - 0.6,
          x(series.range.max) - left + DOT + 0.6,
          2 * (DOT + 0.6),
          1.5,
          1.5,
          'F',
        );
      }
      pdf.setDrawColor(INK);
      pdf.setLineWidth(0.4);
      pdf.line(x(chart.min), axisY, x(chart.max), axisY);
      const placed = new Map<number, number>();
      const sorted = [...series.points].sort(
        (a, b) => a.value - b.value || a.name.localeCompare(b.name, 'nl'),
      );
      for (const point of sorted) {
        const n = placed.get(point.value) ?? 0;
        placed.set(point.value, n + 1);
        const here = row.counts.get(point.value) ?? 1;
        const step = here > MAX_STACK ? (MAX_STACK * STEP) / here : STEP;
        pdf.setFillColor(point.colour);
        pdf.setDrawColor('#ffffff');
        pdf.setLineWidth(0.3);
        pdf.circle(x(point.value), axisY - DOT - 0.4 - n * step, DOT, 'FD');
      }
      pdf.setFont(PDF_FONT, 'normal');
      pdf.setFontSize(8);
      pdf.setTextColor(MUTED);
      for (let value = chart.min; value <= chart.max; value++) {
        pdf.text(String(value), x(value), axisY + 7, { align: 'center' });
      }
      if (series.median !== null) {
        const m = x(series.median);
        pdf.setFillColor(INK);
        pdf.triangle(m, axisY + 0.6, m - 1.4, axisY + 3, m + 1.4, axisY + 3, 'F');
      }
      pdf.setFontSize(9);
      pdf.setTextColor(INK);
      pdf.text(summary(series, language), x0 + AXIS_W + 8, axisY - 2);
      top += row.height + ROW_GAP;
    }
    top += 4;
  }
}

function summary(series: HarvestChart['series'][number], language: Language): string {
  if (series.median === null || series.range === null) return '–';
  const median = String(Math.round(series.median * 10) / 10);
  const written = language === 'nl' ? median.replace('.', ',') : median;
  const { min, max } = series.range;
  return `${CHART_LABELS.mediaan[language]} ${written} · ${CHART_LABELS.spreiding[language]} ${min}–${max}`;
}
