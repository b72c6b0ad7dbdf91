/**
 * The board as a PDF for the procesverslag (landscape A4): page 1 the board image with its title,
 * werkvorm, thema, date and participants; then the harvest tables, wrapped, with their header
 * repeated on every page. Built with jsPDF's standard fonts: nothing is fetched from elsewhere.
 */
import { cellText, type Harvest, type Language } from '@werkbord/shared';
import { jsPDF } from 'jspdf';
import type { Raster } from './rasterize';
import { columnWidths } from './tableLayout';

export interface PdfMeta {
  title: string;
  /** Already labelled lines: "Werkvorm: Historielijn", "Thema: …", "Datum: …", "Deelnemers: …". */
  lines: string[];
  /** "Oogst" / "Harvest". */
  harvestHeading: string;
  /** Shown under a table without rows. */
  emptyTable: string;
}

const MARGIN = 12;
const FONT = 'helvetica';
const CELL_PADDING = 1.5;
const BODY_SIZE = 9;
const LINE_HEIGHT = BODY_SIZE * 0.3528 * 1.25;

export function boardPdf(
  image: Raster,
  harvest: Harvest | null,
  meta: PdfMeta,
  language: Language,
): Blob {
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  const pageWidth = pdf.internal.pageSize.getWidth();
  const pageHeight = pdf.internal.pageSize.getHeight();
  const contentWidth = pageWidth - 2 * MARGIN;

  pdf.setFont(FONT, 'bold');
  pdf.setFontSize(18);
  pdf.text(pdf.splitTextToSize(meta.title, contentWidth)[0] ?? '', MARGIN, MARGIN + 6);
  pdf.setFont(FONT, 'normal');
  pdf.setFontSize(10);
  let y = MARGIN + 13;
  for (const line of meta.lines) {
    for (const part of pdf.splitTextToSize(line, contentWidth) as string[]) {
      pdf.text(part, MARGIN, y);
      y += 4.5;
    }
  }
  y += 2;
  const room = { w: contentWidth, h: pageHeight - MARGIN - y };
  const scale = Math.min(room.w / image.width, room.h / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  pdf.addImage(
    image.canvas.toDataURL('image/jpeg', 0.92),
    'JPEG',
    MARGIN + (room.w - w) / 2,
    y,
    w,
    h,
  );

  for (const table of harvest?.tables ?? []) {
    pdf.addPage('a4', 'landscape');
    let top = MARGIN + 6;
    pdf.setFont(FONT, 'bold');
    pdf.setFontSize(14);
    pdf.text(`${meta.harvestHeading}: ${table.title[language]}`, MARGIN, top);
    top += 6;
    const header = table.columns.map((column) => column.label[language]);
    const rows = table.rows.map((row) => row.map((cell) => cellText(cell, language)));
    const widths = columnWidths(header, rows, contentWidth);
    pdf.setFontSize(BODY_SIZE);

    const drawRow = (cells: readonly string[], bold: boolean, at: number): number => {
      pdf.setFont(FONT, bold ? 'bold' : 'normal');
      const wrapped = cells.map(
        (cell, index) =>
          pdf.splitTextToSize(cell, (widths[index] ?? 0) - 2 * CELL_PADDING) as string[],
      );
      const height =
        Math.max(1, ...wrapped.map((lines) => lines.length)) * LINE_HEIGHT + 2 * CELL_PADDING;
      let x = MARGIN;
      if (bold) {
        pdf.setFillColor(236, 239, 243);
        pdf.rect(MARGIN, at, contentWidth, height, 'F');
      }
      wrapped.forEach((lines, index) => {
        pdf.text(lines, x + CELL_PADDING, at + CELL_PADDING + LINE_HEIGHT * 0.8);
        x += widths[index] ?? 0;
      });
      pdf.setDrawColor(200, 205, 212);
      pdf.line(MARGIN, at + height, MARGIN + contentWidth, at + height);
      return height;
    };

    const rowHeight = (cells: readonly string[]) =>
      Math.max(
        1,
        ...cells.map(
          (cell, index) =>
            (pdf.splitTextToSize(cell, (widths[index] ?? 0) - 2 * CELL_PADDING) as string[]).length,
        ),
      ) *
        LINE_HEIGHT +
      2 * CELL_PADDING;

    top += drawRow(header, true, top);
    if (rows.length === 0) {
      pdf.setFont(FONT, 'italic');
      pdf.text(meta.emptyTable, MARGIN, top + 5);
    }
    for (const row of rows) {
      const height = rowHeight(row);
      if (top + height > pageHeight - MARGIN) {
        // A page break repeats the header, so every page of the table can be read on its own.
        pdf.addPage('a4', 'landscape');
        top = MARGIN;
        pdf.setFontSize(BODY_SIZE);
        top += drawRow(header, true, top);
      }
      top += drawRow(row, false, top);
    }
  }
  return pdf.output('blob');
}
