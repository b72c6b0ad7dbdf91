import { describe, expect, it } from 'vitest';
import type { HarvestColumn } from './Harvest.js';
import { displayCell, formatDateTime, isTimeZone } from './harvestCells.js';

const period: HarvestColumn = {
  key: 'datum',
  label: { nl: 'Datum', en: 'Date' },
  format: 'period',
};
const time: HarvestColumn = { key: 'op', label: { nl: 'Op', en: 'At' }, format: 'time' };
const plain: HarvestColumn = { key: 'tekst', label: { nl: 'Tekst', en: 'Text' } };

describe('displayCell', () => {
  it('writes periods the Dutch way', () => {
    expect(displayCell('2020-03', period, 'nl', 'UTC')).toBe('maart 2020');
    expect(displayCell('2020', period, 'nl', 'UTC')).toBe('2020');
    expect(displayCell('2015-03/2016', period, 'nl', 'UTC')).toBe('maart 2015 – 2016');
    expect(displayCell('2020-03', period, 'en', 'UTC')).toBe('March 2020');
    expect(displayCell('', period, 'nl', 'UTC')).toBe('');
  });

  it('writes times as day, month name, year and hour in the given time zone', () => {
    const iso = '2026-12-03T13:05:00.000Z';
    expect(displayCell(iso, time, 'nl', 'Europe/Amsterdam')).toBe('3 december 2026, 14:05');
    expect(displayCell(iso, time, 'en', 'Europe/Amsterdam')).toBe('3 December 2026, 14:05');
    expect(displayCell(iso, time, 'nl', 'America/New_York')).toBe('3 december 2026, 08:05');
    // Summer time: two hours ahead of UTC.
    expect(formatDateTime(Date.parse('2026-07-01T22:30:00Z'), 'nl', 'Europe/Amsterdam')).toBe(
      '2 juli 2026, 00:30',
    );
  });

  it('leaves other columns, and what does not read as a date, as they are', () => {
    expect(displayCell('2020-03', plain, 'nl', 'UTC')).toBe('2020-03');
    expect(displayCell({ nl: 'kaart', en: 'card' }, undefined, 'en', 'UTC')).toBe('card');
    expect(displayCell('ooit', period, 'nl', 'UTC')).toBe('ooit');
    expect(displayCell('gisteren', time, 'nl', 'UTC')).toBe('gisteren');
  });
});

describe('isTimeZone', () => {
  it('knows IANA zones and refuses anything else', () => {
    expect(isTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
