/**
 * A QR code as a grid of dark and light modules, made in the page (qrcode-generator, no service
 * anywhere), and the SVG path that draws it. Error correction M (15 %): a projected code loses
 * little, and a lower version keeps the modules large.
 */
import qrcode from 'qrcode-generator';

/** The light margin every reader needs around the code, in modules (ISO/IEC 18004). */
export const QUIET_ZONE = 4;

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  isDark(row: number, column: number): boolean;
}

export function qrMatrix(text: string): QrMatrix {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  return {
    size: code.getModuleCount(),
    isDark: (row, column) => code.isDark(row, column),
  };
}

/**
 * One path of unit squares for the dark modules, offset by the quiet zone; runs of dark modules
 * in a row are one rectangle, so the path stays short.
 */
export function qrPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let column = 0;
    while (column < matrix.size) {
      if (!matrix.isDark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < matrix.size && matrix.isDark(row, column)) column++;
      parts.push(
        `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${column - start}v1h${start - column}z`,
      );
    }
  }
  return parts.join('');
}
