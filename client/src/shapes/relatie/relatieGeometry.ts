/**
 * Where a relation's line runs: from the edge of one end to the edge of the other, along the line
 * between their centres. Pure functions in page coordinates, no tldraw, so they are unit-tested.
 */

export interface Point {
  x: number;
  y: number;
}

/** An end of a relation as an area: a card's page bounds, or the centre circle of the map. */
export type RelatieArea =
  | { kind: 'rect'; x: number; y: number; w: number; h: number }
  | { kind: 'circle'; cx: number; cy: number; r: number };

export function areaCentre(area: RelatieArea): Point {
  return area.kind === 'rect'
    ? { x: area.x + area.w / 2, y: area.y + area.h / 2 }
    : { x: area.cx, y: area.cy };
}

/**
 * Where the ray from the area's centre towards `toward` crosses the area's edge. The ray is not
 * cut off at `toward`, so a point inside the area still gives an edge point; `toward` equal to the
 * centre gives the centre.
 */
export function edgePoint(area: RelatieArea, toward: Point): Point {
  const centre = areaCentre(area);
  const dx = toward.x - centre.x;
  const dy = toward.y - centre.y;
  if (dx === 0 && dy === 0) return centre;
  if (area.kind === 'circle') {
    const length = Math.hypot(dx, dy);
    return { x: centre.x + (dx / length) * area.r, y: centre.y + (dy / length) * area.r };
  }
  // The ray leaves the rectangle through the side it reaches first.
  const tx = dx === 0 ? Infinity : area.w / 2 / Math.abs(dx);
  const ty = dy === 0 ? Infinity : area.h / 2 / Math.abs(dy);
  const t = Math.min(tx, ty);
  return { x: centre.x + dx * t, y: centre.y + dy * t };
}

/**
 * The line of a relation between two areas: edge to edge. When the areas overlap so much that the
 * edge points pass each other, centre to centre instead (the line then runs under the cards).
 */
export function relatieLine(from: RelatieArea, to: RelatieArea): { start: Point; end: Point } {
  const a = areaCentre(from);
  const b = areaCentre(to);
  const start = edgePoint(from, b);
  const end = edgePoint(to, a);
  const forward = (end.x - start.x) * (b.x - a.x) + (end.y - start.y) * (b.y - a.y);
  return forward > 0 ? { start, end } : { start: a, end: b };
}

/** Two decimals are far below a screen pixel and keep stored records short and stable. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The shape's position and its end points in its own coordinates, for a line between two points
 * in its parent's coordinates: the shape sits at the top-left of the line's bounds.
 */
export function relatieFrame(start: Point, end: Point) {
  const x = round(Math.min(start.x, end.x));
  const y = round(Math.min(start.y, end.y));
  return {
    x,
    y,
    start: { x: round(start.x - x), y: round(start.y - y) },
    end: { x: round(end.x - x), y: round(end.y - y) },
  };
}
