import { describe, expect, it } from 'vitest';
import type { Period } from '../../cards/period.js';
import type { Mark } from '../Layout.js';
import {
  dateForX,
  historielijnLayout,
  placeOnAxis,
  spanForPeriod,
  xForDate,
  type HistorielijnLayout,
} from './layout.js';
import { LayoutVersion } from '../layoutVersion.js';
import type { HistorielijnSettings } from './settings.js';

function settings(
  from: [number, number | null],
  to: [number, number | null],
): HistorielijnSettings {
  return {
    period: { from: { year: from[0], month: from[1] }, to: { year: to[0], month: to[1] } },
    purpose: 'evalueren',
    thema: '',
  };
}

const decades = historielijnLayout(settings([2011, null], [2026, null]));
const shortPeriod = historielijnLayout(settings([2024, 9], [2025, 12]));

const labels = (layout: HistorielijnLayout) =>
  layout.marks.filter(
    (m): m is Extract<Mark, { kind: 'text' }> => m.kind === 'text' && m.at.y > 0 && m.at.y < 100,
  );

describe('historielijn layout', () => {
  it('draws the axis over the whole period, 240 a year, but from 2400 to 6000 wide', () => {
    expect(decades.axis.x1 - decades.axis.x0).toBe(16 * 12 * 20);
    expect(shortPeriod.axis.x1 - shortPeriod.axis.x0).toBe(2400);
    const long = historielijnLayout(settings([1966, null], [2025, null]));
    expect(long.axis.x1 - long.axis.x0).toBe(6000);
    const axis = decades.marks.find((m) => m.kind === 'line' && m.stroke === 'axis');
    expect(axis).toMatchObject({ from: { x: 0, y: 0 }, to: { x: decades.axis.x1, y: 0 } });
  });

  it('dates cards in years over decades and in months over short periods', () => {
    expect(decades.precision).toBe('year');
    expect(shortPeriod.precision).toBe('month');
  });

  it('puts every year of the period back at its x (round trip)', () => {
    for (let year = 2011; year <= 2026; year++) {
      const period: Period = { kind: 'point', at: { year, month: null } };
      const x = xForDate(period, decades);
      expect(dateForX(x, decades)).toEqual({ year, month: null });
      expect(x).toBeGreaterThan(decades.axis.x0);
      expect(x).toBeLessThan(decades.axis.x1);
    }
  });

  it('puts every month of a short period back at its x (round trip), in order', () => {
    let previous = -Infinity;
    for (let index = 2024 * 12 + 8; index < 2026 * 12; index++) {
      const at = { year: Math.floor(index / 12), month: (index % 12) + 1 };
      const x = xForDate({ kind: 'point', at }, shortPeriod);
      expect(dateForX(x, shortPeriod)).toEqual(at);
      expect(x).toBeGreaterThan(previous);
      previous = x;
    }
  });

  it('spans a range from the start of its first month to the end of its last', () => {
    const range: Period = {
      kind: 'range',
      from: { year: 2015, month: null },
      to: { year: 2016, month: 6 },
    };
    const span = spanForPeriod(range, decades);
    expect(span.x1 - span.x0).toBe(18 * 20);
    expect(placeOnAxis(range, 240, decades)).toEqual({ x: span.x0, w: span.x1 - span.x0 });
    expect(placeOnAxis({ kind: 'point', at: { year: 2015, month: null } }, 240, decades).w).toBe(
      240,
    );
  });

  it('keeps dates outside the period at its ends', () => {
    expect(dateForX(-500, decades)).toEqual({ year: 2011, month: null });
    expect(dateForX(decades.axis.x1 + 500, decades)).toEqual({ year: 2026, month: null });
  });

  it('labels every year of a sixteen-year period, centred in its year', () => {
    const texts = labels(decades).map((m) => m.text.nl);
    expect(texts).toEqual(Array.from({ length: 16 }, (_, i) => String(2011 + i)));
    const label2015 = labels(decades).find((m) => m.text.nl === '2015');
    expect(label2015?.at.x).toBe(
      xForDate({ kind: 'point', at: { year: 2015, month: null } }, decades),
    );
  });

  it('labels months in both languages over a short period, the first with its year', () => {
    const texts = labels(shortPeriod).map((m) => m.text);
    expect(texts[0]).toEqual({ nl: 'sep 2024', en: 'Sep 2024' });
    expect(texts).toContainEqual({ nl: 'mrt', en: 'Mar' });
    expect(texts).toContainEqual({ nl: 'jan 2025', en: 'Jan 2025' });
  });

  it('thins out year labels on a long period so they do not collide', () => {
    const long = historielijnLayout(settings([1966, null], [2025, null]));
    const xs = labels(long).map((m) => m.at.x);
    expect(xs.length).toBeLessThan(60);
    expect(xs.length).toBeGreaterThan(5);
    for (let i = 1; i < xs.length; i++)
      expect((xs[i] as number) - (xs[i - 1] as number)).toBeGreaterThanOrEqual(110);
  });

  it('lays the anecdote band, the joining lane and reflectie out without overlap, top to bottom (first generation)', () => {
    const first = historielijnLayout({
      ...settings([2011, null], [2026, null]),
      layoutVersion: LayoutVersion.Original,
    });
    const [band, lane, reflectie] = first.zones;
    expect([band?.id, lane?.id, reflectie?.id]).toEqual(['tijdbalk', 'toetreding', 'reflectie']);
    expect(band?.kind === 'rect' && lane?.kind === 'lane' && reflectie?.kind === 'rect').toBe(true);
    if (band?.kind !== 'rect' || lane?.kind !== 'lane' || reflectie?.kind !== 'rect') return;
    expect(band.y + band.h).toBeLessThanOrEqual(lane.y);
    expect(lane.y + lane.h).toBeLessThanOrEqual(reflectie.y);
    expect(lane.w).toBe(band.w);
  });

  it('shows the purpose and thema as the title', () => {
    const titled = historielijnLayout({ ...settings([2011, null], [2026, null]), thema: 'Samen' });
    const title = titled.marks.find((m) => m.kind === 'text' && m.size === 'xl');
    expect(title?.kind === 'text' && title.text).toEqual({
      nl: 'Een periode evalueren · Samen',
      en: 'Evaluate a period · Samen',
    });
  });
});

describe('historielijn layout, landscape generation', () => {
  const tenYears = historielijnLayout({
    ...settings([2015, null], [2024, null]),
    layoutVersion: LayoutVersion.Landscape,
  });

  it('puts reflectie beside the band and the lane, the lane below the band', () => {
    const [band, lane, reflectie] = tenYears.zones;
    if (band?.kind !== 'rect' || lane?.kind !== 'lane' || reflectie?.kind !== 'rect') {
      throw new Error('zones');
    }
    expect(band.y + band.h).toBeLessThanOrEqual(lane.y);
    expect(reflectie.x).toBeGreaterThanOrEqual(band.x + band.w);
    expect(reflectie.y).toBe(band.y);
    expect(reflectie.y + reflectie.h).toBe(lane.y + lane.h);
  });

  it('keeps the tijdbalk, its dates and the lane where the first generation has them', () => {
    const first = historielijnLayout({
      ...settings([2015, null], [2024, null]),
      layoutVersion: LayoutVersion.Original,
    });
    expect(tenYears.axis).toEqual(first.axis);
    expect(tenYears.zones.slice(0, 2)).toEqual(first.zones.slice(0, 2));
  });

  it('is wider than high, so ten years fill a wide screen', () => {
    const { w, h } = tenYears.bounds;
    expect(w / h).toBeGreaterThan(1.9);
    expect(h).toBeLessThan(1850);
  });
});
