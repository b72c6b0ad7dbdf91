/**
 * The harvest tables in the PDF, one after another from a new page: a heading per table, its
 * header row repeated on every page the table runs over, cells wrapped in their columns, dates
 * written out ("maart 2020"). A table without rows is its heading and one line ("Nog niets."),
 * not a page with an empty grid.
 */
import { displayCell, type HarvestTable, type Language } from '@werkbord/shared';
import type { jsPDF } from 'jspdf';
import { PDF_FONT } from './pdfFonts';
import { columnWidths } from './tableLayout';

export interface PdfTablesOptions {
  language: Language;
  /** IANA zone for times. */
  timeZone: string;
  /** "Oogst": the heading's prefix. */
  heading: string;
  /** Under a table without rows: "Nog niets." */
  empty: string;
  margin: number;
}

const CELL_PADDING = 1.5;
const BODY_SIZE = 9;
const HEADING_SIZE = 13;
/** Millimetres per point, times the line spacing. */
const LINE_HEIGHT = BODY_SIZE * 0.3528 * 1.25;
const HEADING_HEIGHT = 8;
const TABLE_GAP = 6;

export function drawHarvestTables(
  pdf: jsPDF,
  tables: readonly HarvestTable[],
  options: PdfTablesOptions,
): void {
  if (tables.length === 0) return;
  const { margin, language } = options;
  const pageWidth = pdf.internal.pageSize.getWidth();
  const bottom = pdf.internal.pageSize.getHeight() - margin;
  const contentWidth = pageWidth - 2 * margin;
  pdf.addPage('a4', 'landscape');
  let top = margin;

  const newPage = () => {
    pdf.addPage('a4', 'landscape');
    top = margin;
  };

  for (const table of tables) {
    const header = table.columns.map((column) => column.label[language]);
    const rows = table.rows.map((row) =>
      row.map((cell, index) => displayCell(cell, table.columns[index], language, options.timeZone)),
    );
    const widths = columnWidths(header, rows, contentWidth);
    // Wrapping measures with the font the row is drawn in.
    const wrap = (cells: readonly string[], bold = false) => {
      pdf.setFont(PDF_FONT, bold ? 'bold' : 'normal');
      pdf.setFontSize(BODY_SIZE);
      return cells.map(
        (cell, index) =>
          pdf.splitTextToSize(cell, (widths[index] ?? 0) - 2 * CELL_PADDING) as string[],
      );
    };
    const heightOf = (wrapped: readonly string[][]) =>
      Math.max(1, ...wrapped.map((lines) => lines.length)) * LINE_HEIGHT + 2 * CELL_PADDING;

    const drawRow = (wrapped: readonly string[][], bold: boolean) => {
      pdf.setFont(PDF_FONT, bold ? 'bold' : 'normal');
      pdf.setFontSize(BODY_SIZE);
      const height = heightOf(wrapped);
      if (bold) {
        pdf.setFillColor(236, 239, 243);
        pdf.rect(margin, top, contentWidth, height, 'F');
      }
      let x = margin;
      wrapped.forEach((lines, index) => {
        pdf.text(lines, x + CELL_PADDING, top + CELL_PADDING + LINE_HEIGHT * 0.8);
        x += widths[index] ?? 0;
      });
      pdf.setDrawColor(200, 205, 212);
      pdf.line(margin, top + height, margin + contentWidth, top + height);
      top += height;
    };

    const headerCells = wrap(header, true);
    const firstRow = rows[0] ? wrap(rows[0]) : null;
    // The heading never stands alone at the foot of a page: it goes with its header and first row.
    const needed = HEADING_HEIGHT + (firstRow ? heightOf(headerCells) + heightOf(firstRow) : 6);
    if (top > margin && top + needed > bottom) newPage();

    pdf.setFont(PDF_FONT, 'bold');
    pdf.setFontSize(HEADING_SIZE);
    pdf.setTextColor(29, 29, 29);
    pdf.text(`${options.heading}: ${table.title[language]}`, margin, top + 5);
    top += HEADING_HEIGHT;

    if (!firstRow) {
      pdf.setFont(PDF_FONT, 'normal');
      pdf.setFontSize(BODY_SIZE + 1);
      pdf.setTextColor(91, 100, 112);
      pdf.text(options.empty, margin, top + 3);
      pdf.setTextColor(29, 29, 29);
      top += 6 + TABLE_GAP;
      continue;
    }
    drawRow(headerCells, true);
    for (const row of rows) {
      const wrapped = wrap(row);
      if (top + heightOf(wrapped) > bottom) {
        // A page break repeats the header, so every page of the table can be read on its own.
        newPage();
        drawRow(headerCells, true);
      }
      drawRow(wrapped, false);
    }
    top += TABLE_GAP;
  }
}
