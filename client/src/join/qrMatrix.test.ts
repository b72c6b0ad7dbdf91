import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrMatrix, qrPath } from './qrMatrix';

const LINK =
  'https://werkbord.example.nl/b/AAAAAAAAAAAAAAAAAAAAAA?t=BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB';

/** The 7 × 7 finder pattern: a dark ring, a light ring, a dark 3 × 3 centre. */
function finderAt(matrix: ReturnType<typeof qrMatrix>, top: number, left: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      if (matrix.isDark(top + r, left + c) !== (ring !== 2)) return false;
    }
  }
  return true;
}

describe('the QR code of a deelnemer link', () => {
  it('is a small version with the three finder patterns', () => {
    const matrix = qrMatrix(LINK);
    // 87 bytes at level M fit version 6 (41 modules): big modules on a projector.
    expect(matrix.size).toBe(41);
    expect(finderAt(matrix, 0, 0)).toBe(true);
    expect(finderAt(matrix, 0, matrix.size - 7)).toBe(true);
    expect(finderAt(matrix, matrix.size - 7, 0)).toBe(true);
    expect(finderAt(matrix, matrix.size - 7, matrix.size - 7)).toBe(false);
  });

  it('draws every dark module once, inside the quiet zone', () => {
    const matrix = qrMatrix(LINK);
    let dark = 0;
    for (let r = 0; r < matrix.size; r++) {
      for (let c = 0; c < matrix.size; c++) if (matrix.isDark(r, c)) dark++;
    }
    const path = qrPath(matrix);
    let drawn = 0;
    for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      expect(Number(x)).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(Number(y)).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(Number(x) + Number(w)).toBeLessThanOrEqual(QUIET_ZONE + matrix.size);
      drawn += Number(w);
    }
    expect(drawn).toBe(dark);
  });
});
