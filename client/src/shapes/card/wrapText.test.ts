import { describe, expect, it } from 'vitest';
import { charsPerLine, wrapText } from './wrapText';

describe('wrapText', () => {
  it('breaks on spaces within the line length', () => {
    expect(wrapText('de kat zat op de mat', 10)).toEqual(['de kat zat', 'op de mat']);
  });

  it('keeps the author’s line breaks', () => {
    expect(wrapText('een\ntwee', 20)).toEqual(['een', 'twee']);
  });

  it('cuts a word longer than a line', () => {
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('ends with an ellipsis when lines are dropped', () => {
    expect(wrapText('een twee drie vier vijf', 5, 2)).toEqual(['een', 'twee…']);
  });

  it('returns one empty line for empty text', () => {
    expect(wrapText('', 10)).toEqual(['']);
  });
});

describe('charsPerLine', () => {
  it('is at least one', () => {
    expect(charsPerLine(1, 100)).toBe(1);
    expect(charsPerLine(110, 10)).toBe(20);
  });
});
