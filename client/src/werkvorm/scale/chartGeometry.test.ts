import type { HarvestChart } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { CHART_GEOMETRY, chartRows } from './chartGeometry';

const point = (name: string, value: number) => ({ name, colour: '#1864ab', value });
const chart = (points: ReturnType<typeof point>[][]): HarvestChart => ({
  kind: 'scale',
  id: 'c',
  title: { nl: 'Nu', en: 'Now' },
  min: 0,
  max: 10,
  minLabel: { nl: '0', en: '0' },
  maxLabel: { nl: '10', en: '10' },
  series: points.map((p, i) => ({
    label: { nl: `R${i}`, en: `R${i}` },
    points: p,
    median: null,
    range: null,
  })),
});

describe('the scale chart’s rows', () => {
  it('puts each dot at its value, stacked upwards from the axis, and rows one under another', () => {
    const [then, now] = chartRows(
      chart([[point('Anna', 4), point('Bram', 4), point('Carla', 6)], [point('Anna', 10)]]),
    );
    const [anna, bram, carla] = then!.dots;
    expect(anna!.x).toBe(bram!.x);
    expect(bram!.y).toBeLessThan(anna!.y);
    expect(carla!.y).toBe(anna!.y);
    expect(then!.x(0)).toBe(CHART_GEOMETRY.inset);
    expect(now!.x(10)).toBe(CHART_GEOMETRY.width - CHART_GEOMETRY.inset);
    expect(now!.top).toBe(then!.height);
    expect(now!.height).toBeLessThan(then!.height);
  });

  it('squeezes a stack higher than the room rather than cutting it', () => {
    const many = Array.from({ length: 20 }, (_, i) => point(`P${i}`, 5));
    const [row] = chartRows(chart([many]));
    const ys = row!.dots.map((dot) => dot.y);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(CHART_GEOMETRY.labelH - CHART_GEOMETRY.dot);
    expect(new Set(ys).size).toBe(20);
  });
});
