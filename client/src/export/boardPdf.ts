/**
 * The board as a PDF for the procesverslag (landscape A4): page 1 the board image with its title
 * and the report's facts (werkvorm, settings, date, who wrote on the board); then the harvest's
 * charts (a schaalvraag's markers) and its tables. Written in DejaVu Sans (`pdfFonts.ts`), so every participant's name comes out as typed;
 * nothing is fetched from another host.
 */
import type { Harvest, Language } from '@werkbord/shared';
import { jsPDF } from 'jspdf';
import { addPdfFonts, PDF_FONT } from './pdfFonts';
import { drawHarvestCharts } from './pdfCharts';
import { drawHarvestTables } from './pdfTables';
import type { Raster } from '../picture/rasterize';

export interface PdfMeta {
  title: string;
  /** Already labelled lines: "Werkvorm: Historielijn", "Periode: …", "Datum: …", "Deelnemers: …". */
  lines: string[];
  /** "Oogst" / "Harvest". */
  harvestHeading: string;
  /** Shown under a table without rows: "Nog niets." */
  emptyTable: string;
}

const MARGIN = 12;

export async function boardPdf(
  image: Raster,
  harvest: Harvest | null,
  meta: PdfMeta,
  options: { language: Language; timeZone: string },
): Promise<Blob> {
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  await addPdfFonts(pdf);
  const pageWidth = pdf.internal.pageSize.getWidth();
  const pageHeight = pdf.internal.pageSize.getHeight();
  const contentWidth = pageWidth - 2 * MARGIN;

  pdf.setTextColor(29, 29, 29);
  pdf.setFont(PDF_FONT, 'bold');
  pdf.setFontSize(18);
  pdf.text(pdf.splitTextToSize(meta.title, contentWidth)[0] ?? '', MARGIN, MARGIN + 6);
  pdf.setFont(PDF_FONT, 'normal');
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

  drawHarvestCharts(pdf, harvest?.charts ?? [], {
    language: options.language,
    heading: meta.harvestHeading,
    margin: MARGIN,
  });
  drawHarvestTables(pdf, harvest?.tables ?? [], {
    ...options,
    heading: meta.harvestHeading,
    empty: meta.emptyTable,
    margin: MARGIN,
  });
  return pdf.output('blob');
}
