import { describe, expect, it } from 'vitest';
import type { HarvestTable } from './Harvest.js';
import { csvField, tableToCsv } from './harvestCsv.js';

const table: HarvestTable = {
  id: 't',
  title: { nl: 'Kaarten', en: 'Cards' },
  columns: [
    { key: 'tekst', label: { nl: 'Tekst', en: 'Text' } },
    { key: 'soort', label: { nl: 'Soort', en: 'Kind' } },
  ],
  rows: [
    ['Gewoon', { nl: 'kaart', en: 'card' }],
    ['Met "aanhalingstekens", komma\nen regel', 'x'],
    ['Pijp | en \\ streep; puntkomma', 'y'],
  ],
};

describe('tableToCsv', () => {
  it('writes CSV with quoting where a field needs it, in the chosen language', () => {
    expect(tableToCsv(table, 'en')).toBe(
      'Text,Kind\r\nGewoon,card\r\n"Met ""aanhalingstekens"", komma\nen regel",x\r\nPijp | en \\ streep; puntkomma,y\r\n',
    );
    expect(tableToCsv(table, 'nl').startsWith('Tekst,Soort\r\nGewoon,kaart\r\n')).toBe(true);
  });

  it('separates with semicolons for Dutch Excel, quoting fields that hold one', () => {
    expect(tableToCsv(table, 'nl', ';')).toBe(
      'Tekst;Soort\r\nGewoon;kaart\r\n"Met ""aanhalingstekens"", komma\nen regel";x\r\n"Pijp | en \\ streep; puntkomma";y\r\n',
    );
  });

  it('keeps ISO dates as they are', () => {
    const dated: HarvestTable = {
      ...table,
      columns: [
        { key: 'datum', label: { nl: 'Datum', en: 'Date' }, format: 'period' },
        { key: 'geschreven', label: { nl: 'Geschreven op', en: 'Written at' }, format: 'time' },
      ],
      rows: [['2020-03', '2026-12-03T13:05:00.000Z']],
    };
    expect(tableToCsv(dated, 'nl').split('\r\n')[1]).toBe('2020-03,2026-12-03T13:05:00.000Z');
  });
});

describe('csvField', () => {
  it('neutralises what a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://example.test","klik")')).toBe(
      `"'=HYPERLINK(""http://example.test"",""klik"")"`,
    );
    expect(csvField('+31 6 1234')).toBe("'+31 6 1234");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField('=1;2', ';')).toBe(`"'=1;2"`);
  });

  it('leaves ordinary text alone, also with those characters further on', () => {
    for (const text of ['Ayşe Yıldız', 'a = b', 'mail@example.test', '2020-03', '', 'Łukasz'])
      expect(csvField(text)).toBe(text);
  });
});
