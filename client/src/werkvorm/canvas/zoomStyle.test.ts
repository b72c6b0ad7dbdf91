import { describe, expect, it } from 'vitest';
import { OVERVIEW_ZOOM, cardDetail, steppedInverseZoom } from './zoomStyle';

describe('steppedInverseZoom', () => {
  it('is 1 at 100 % and above, and at most 4 far out', () => {
    expect(steppedInverseZoom(1)).toBe(1);
    expect(steppedInverseZoom(3)).toBe(1);
    expect(steppedInverseZoom(0.05)).toBeLessThanOrEqual(4);
    expect(steppedInverseZoom(0.05)).toBeGreaterThan(3.8);
  });

  it('stays within 2.5 % of the real inverse zoom', () => {
    for (let zoom = 0.26; zoom < 1; zoom += 0.013) {
      expect(Math.abs(steppedInverseZoom(zoom) * zoom - 1)).toBeLessThan(0.026);
    }
  });

  it('changes only a handful of times over a zoom from 100 % to 40 %', () => {
    const values = new Set<number>();
    for (let zoom = 1; zoom >= 0.4; zoom -= 0.001) values.add(steppedInverseZoom(zoom));
    expect(values.size).toBeLessThan(22);
  });
});

describe('cardDetail', () => {
  it('shows titles only when zoomed out below the overview zoom', () => {
    expect(cardDetail(OVERVIEW_ZOOM + 0.01)).toBe('full');
    expect(cardDetail(OVERVIEW_ZOOM - 0.01)).toBe('overview');
  });
});
