import { describe, expect, it } from 'vitest';
import { readablePart } from './zoomToZone';

describe('readablePart', () => {
  const zone = { x: 100, y: 2000, w: 3000, h: 800 };

  it('shows a whole zone when the screen holds it at a readable zoom', () => {
    expect(readablePart(zone, { w: 1920, h: 900 }, 0.45)).toEqual(zone);
  });

  it('shows the top-left part of a zone too wide for a phone', () => {
    const part = readablePart(zone, { w: 390, h: 674 }, 0.5);
    expect(part).toEqual({ x: 100, y: 2000, w: (390 - 64) / 0.5, h: 800 });
  });
});
