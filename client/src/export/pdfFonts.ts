/**
 * The PDF's font: DejaVu Sans, regular and bold. jsPDF's built-in Helvetica covers Western European
 * letters only, so "Ayşe Yıldız" and "Łukasz" came out mangled; DejaVu Sans covers Latin Extended,
 * Greek, Cyrillic and Arabic (with the presentation forms jsPDF's Arabic shaping writes). Vite
 * emits the TTF files as assets of our own origin; they are fetched only when a PDF is made (this
 * module is part of the PDF's lazy chunk) and kept for the next one. jsPDF embeds only the glyphs
 * a PDF uses.
 */
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { jsPDF } from 'jspdf';

export const PDF_FONT = 'DejaVuSans';

interface FontFiles {
  normal: string;
  bold: string;
}

let loading: Promise<FontFiles> | null = null;

/** A font file as a binary string, the form jsPDF's virtual file system takes. */
async function fetchBinary(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`PDF font not loaded: ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const chunks: string[] = [];
  // In slices: spreading 700 kB into one call would overflow the argument limit.
  for (let at = 0; at < bytes.length; at += 0x8000) {
    chunks.push(String.fromCharCode(...bytes.subarray(at, at + 0x8000)));
  }
  return chunks.join('');
}

function loadFontFiles(): Promise<FontFiles> {
  loading ??= Promise.all([fetchBinary(regularUrl), fetchBinary(boldUrl)]).then(
    ([normal, bold]) => ({ normal, bold }),
    (error: unknown) => {
      loading = null; // try again with the next PDF
      throw error;
    },
  );
  return loading;
}

/** Loads the font (once per page) and makes it the PDF's `PDF_FONT`, normal and bold. */
export async function addPdfFonts(pdf: jsPDF): Promise<void> {
  const files = await loadFontFiles();
  pdf.addFileToVFS('DejaVuSans.ttf', files.normal);
  pdf.addFont('DejaVuSans.ttf', PDF_FONT, 'normal');
  pdf.addFileToVFS('DejaVuSans-Bold.ttf', files.bold);
  pdf.addFont('DejaVuSans-Bold.ttf', PDF_FONT, 'bold');
  pdf.setFont(PDF_FONT, 'normal');
}
