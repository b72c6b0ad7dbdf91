/** Screen arithmetic for keeping a box (a card's edit form) inside the visible part of the screen. */

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * How far (screen pixels) the content must move so `target` lies inside `area`: the least move,
 * and when it cannot fit, its top left at the area's top left (a form is filled from the top).
 */
export function shiftIntoView(target: Rect, area: Rect): { dx: number; dy: number } {
  const axis = (start: number, end: number, min: number, max: number) => {
    if (end - start > max - min) return min - start;
    if (start < min) return min - start;
    if (end > max) return max - end;
    return 0;
  };
  return {
    dx: axis(target.left, target.right, area.left, area.right),
    dy: axis(target.top, target.bottom, area.top, area.bottom),
  };
}
