import { describe, expect, it } from 'vitest';
import { columnWidths } from './tableLayout';

describe('columnWidths', () => {
  it('fills the width exactly', () => {
    const widths = columnWidths(
      ['Datum', 'Verhaal'],
      [['2015', 'een lang verhaal over de fusie']],
      200,
    );
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(200);
  });

  it('gives the longer column more room', () => {
    const widths = columnWidths(['Datum', 'Verhaal'], [['2015', 'x'.repeat(100)]], 200);
    expect(widths[1]).toBeGreaterThan(widths[0] ?? Infinity);
  });

  it('keeps a minimum for short columns', () => {
    const widths = columnWidths(['a', 'b', 'c'], [['', '', 'x'.repeat(500)]], 100);
    expect(Math.min(...widths)).toBeGreaterThan(5);
  });

  it('has no columns for an empty header', () => {
    expect(columnWidths([], [], 100)).toEqual([]);
  });
});
