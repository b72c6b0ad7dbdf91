import { describe, expect, it } from 'vitest';
import { shiftIntoView } from './shiftIntoView';

const area = { top: 100, left: 0, bottom: 500, right: 400 };
const rect = (top: number, left: number, height: number, width = 100) => ({
  top,
  left,
  bottom: top + height,
  right: left + width,
});

describe('shiftIntoView', () => {
  it('leaves a form that is already inside', () => {
    expect(shiftIntoView(rect(200, 50, 150), area)).toEqual({ dx: 0, dy: 0 });
  });

  it('moves a form below the visible part (under the keyboard) up just enough', () => {
    expect(shiftIntoView(rect(450, 50, 150), area)).toEqual({ dx: 0, dy: -100 });
  });

  it('moves a form above or beside it back in', () => {
    expect(shiftIntoView(rect(20, -30, 150), area)).toEqual({ dx: 30, dy: 80 });
  });

  it('puts a form taller than the visible part with its top at the top', () => {
    expect(shiftIntoView(rect(300, 50, 600), area)).toEqual({ dx: 0, dy: -200 });
  });
});
