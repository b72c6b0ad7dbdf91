import type { Harvest } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { pdfReportLines } from './pdfReportLines';

const harvest: Harvest = {
  werkvorm: 'stakeholdermap',
  thema: '',
  result: null,
  reflection: { prompts: [], answers: [] },
  tables: [],
  settings: [
    {
      key: 'initiative',
      label: { nl: 'Initiatief', en: 'Initiative' },
      value: { nl: 'De Brug', en: 'De Brug' },
    },
  ],
  authors: ['Ayşe Yıldız', 'Łukasz'],
};

describe('pdfReportLines', () => {
  it('names the werkvorm, its settings, the date in local time and the cards’ authors', () => {
    expect(
      pdfReportLines({
        harvest,
        werkvormName: 'Stakeholdermap',
        language: 'nl',
        now: Date.parse('2026-12-03T13:05:00Z'),
        timeZone: 'Europe/Amsterdam',
      }),
    ).toEqual([
      'Werkvorm: Stakeholdermap',
      'Initiatief: De Brug',
      'Datum: 3 december 2026, 14:05',
      'Deelnemers: Ayşe Yıldız, Łukasz',
    ]);
  });

  it('leaves out the Deelnemers when nobody wrote on the board', () => {
    const lines = pdfReportLines({
      harvest: { ...harvest, authors: [] },
      werkvormName: 'Stakeholdermap',
      language: 'en',
      now: 0,
      timeZone: 'UTC',
    });
    expect(lines.at(-1)).toBe('Date: 1 January 1970, 00:00');
  });
});
