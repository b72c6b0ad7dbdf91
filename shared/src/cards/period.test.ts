import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  formatPeriod,
  makeRange,
  parsePeriod,
  periodEnd,
  periodStart,
  periodToIso,
  type Period,
} from './period.js';

const year = (y: number): Period => ({ kind: 'point', at: { year: y, month: null } });
const month = (y: number, m: number): Period => ({ kind: 'point', at: { year: y, month: m } });

describe('parsePeriod', () => {
  it.each<[string, Period]>([
    ['2015', year(2015)],
    ['2015-03', month(2015, 3)],
    ['2015-3', month(2015, 3)],
    ['3/2015', month(2015, 3)],
    ['03-2015', month(2015, 3)],
    ['maart 2015', month(2015, 3)],
    ['Mrt 2015', month(2015, 3)],
    ['mrt. 2015', month(2015, 3)],
    ['March 2015', month(2015, 3)],
    ['mei 2020', month(2020, 5)],
    ['May 2020', month(2020, 5)],
    ['okt 2019', month(2019, 10)],
    ['Oct 2019', month(2019, 10)],
    ['sept 2019', month(2019, 9)],
    ['  2015  ', year(2015)],
  ])('reads the point %j', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['2015-2017', '2015/2017'],
    ['2015 – 2017', '2015/2017'],
    ['2015/2017', '2015/2017'],
    ['2015 tot 2017', '2015/2017'],
    ['2015 t/m 2017', '2015/2017'],
    ['2015 to 2017', '2015/2017'],
    ['2015-03/2016-06', '2015-03/2016-06'],
    ['maart 2015 – juni 2016', '2015-03/2016-06'],
    ['Mar 2015 - Jun 2016', '2015-03/2016-06'],
    ['mrt 2015 - 2016', '2015-03/2016'],
  ])('reads the range %j', (text, iso) => {
    const period = parsePeriod(text);
    expect(period?.kind).toBe('range');
    expect(period && periodToIso(period)).toBe(iso);
  });

  it.each(['', 'gisteren', '15', '2015-13', '0/2015', 'ma 2015', '2017-2015', '2015/', '12345'])(
    'refuses %j',
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    },
  );

  it('reads a range of one and the same point as that point', () => {
    expect(parsePeriod('2015/2015')).toEqual(year(2015));
  });
});

describe('period values', () => {
  it('round-trips every canonical form through periodToIso and parsePeriod', () => {
    const periods: Period[] = [
      year(1999),
      month(2024, 12),
      { kind: 'range', from: { year: 2011, month: null }, to: { year: 2014, month: 6 } },
      { kind: 'range', from: { year: 2020, month: 1 }, to: { year: 2020, month: 2 } },
    ];
    for (const period of periods) expect(parsePeriod(periodToIso(period))).toEqual(period);
  });

  it('formats dates in Dutch and English, long and short', () => {
    expect(formatPeriod(month(2015, 3), 'nl')).toBe('maart 2015');
    expect(formatPeriod(month(2015, 3), 'en')).toBe('March 2015');
    expect(formatPeriod(month(2015, 10), 'nl', 'short')).toBe('okt 2015');
    const range = parsePeriod('2015-03/2016') as Period;
    expect(formatPeriod(range, 'nl')).toBe('maart 2015 – 2016');
    expect(formatPeriod(range, 'en')).toBe('March 2015 – 2016');
  });

  it('measures a year as twelve months and a month as one', () => {
    expect(periodEnd(year(2015)) - periodStart(year(2015))).toBe(12);
    expect(periodEnd(month(2015, 7)) - periodStart(month(2015, 7))).toBe(1);
    expect(periodStart(month(2015, 1))).toBe(periodStart(year(2015)));
  });

  it('refuses a range that ends before it starts', () => {
    expect(makeRange({ year: 2016, month: null }, { year: 2015, month: 12 })).toBeNull();
  });

  it('orders by start, then the shorter first', () => {
    const sorted = [year(2016), month(2015, 6), year(2015), month(2015, 1)].sort(comparePeriods);
    expect(sorted.map(periodToIso)).toEqual(['2015-01', '2015', '2015-06', '2016']);
  });
});
