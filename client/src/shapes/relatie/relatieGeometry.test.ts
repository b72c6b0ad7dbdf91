import { describe, expect, it } from 'vitest';
import { edgePoint, relatieFrame, relatieLine, type RelatieArea } from './relatieGeometry';

const card = (x: number, y: number, w = 200, h = 100): RelatieArea => ({
  kind: 'rect',
  x,
  y,
  w,
  h,
});
const centre: RelatieArea = { kind: 'circle', cx: 0, cy: 0, r: 280 };

describe('edgePoint', () => {
  it('leaves a card through the side facing the other point', () => {
    const box = card(0, 0); // centre (100, 50)
    expect(edgePoint(box, { x: 1000, y: 50 })).toEqual({ x: 200, y: 50 });
    expect(edgePoint(box, { x: -1000, y: 50 })).toEqual({ x: 0, y: 50 });
    expect(edgePoint(box, { x: 100, y: 900 })).toEqual({ x: 100, y: 100 });
    expect(edgePoint(box, { x: 100, y: -900 })).toEqual({ x: 100, y: 0 });
  });

  it('goes through the corner on the diagonal and through the nearer side otherwise', () => {
    const box = card(0, 0, 200, 200); // centre (100, 100)
    expect(edgePoint(box, { x: 300, y: 300 })).toEqual({ x: 200, y: 200 });
    // Steeper than the diagonal: through the bottom side, halfway along the way to (150, 300).
    expect(edgePoint(box, { x: 150, y: 300 })).toEqual({ x: 125, y: 200 });
  });

  it('finds the edge even when the point lies inside the card', () => {
    expect(edgePoint(card(0, 0), { x: 110, y: 50 })).toEqual({ x: 200, y: 50 });
  });

  it('gives the centre when the point is the centre', () => {
    expect(edgePoint(card(0, 0), { x: 100, y: 50 })).toEqual({ x: 100, y: 50 });
  });

  it('lands on the circle of the centre', () => {
    const point = edgePoint(centre, { x: 300, y: 400 });
    expect(point.x).toBeCloseTo(168);
    expect(point.y).toBeCloseTo(224);
    expect(Math.hypot(point.x, point.y)).toBeCloseTo(280);
  });
});

describe('relatieLine', () => {
  it('runs from edge to edge between two cards', () => {
    expect(relatieLine(card(0, 0), card(500, 0))).toEqual({
      start: { x: 200, y: 50 },
      end: { x: 500, y: 50 },
    });
  });

  it('runs from a card to the rim of the centre', () => {
    const { start, end } = relatieLine(card(600, -50), centre);
    expect(start).toEqual({ x: 600, y: 0 });
    expect(end.x).toBeCloseTo(280);
    expect(end.y).toBeCloseTo(0);
  });

  it('falls back to centre to centre when the cards overlap', () => {
    expect(relatieLine(card(0, 0), card(50, 0))).toEqual({
      start: { x: 100, y: 50 },
      end: { x: 150, y: 50 },
    });
  });

  it('survives two cards at the same place', () => {
    expect(relatieLine(card(0, 0), card(0, 0))).toEqual({
      start: { x: 100, y: 50 },
      end: { x: 100, y: 50 },
    });
  });
});

describe('relatieFrame', () => {
  it('puts the shape at the top left of the line and the ends relative to it', () => {
    expect(relatieFrame({ x: 300, y: 10 }, { x: 100, y: 90 })).toEqual({
      x: 100,
      y: 10,
      start: { x: 200, y: 0 },
      end: { x: 0, y: 80 },
    });
  });

  it('rounds to hundredths so equal input gives equal records everywhere', () => {
    const frame = relatieFrame({ x: 1 / 3, y: 2 / 3 }, { x: 10.123456, y: 0.5 });
    expect(frame).toEqual({ x: 0.33, y: 0.5, start: { x: 0, y: 0.17 }, end: { x: 9.79, y: 0 } });
  });
});
