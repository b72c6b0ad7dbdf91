import { describe, expect, it } from 'vitest';
import { DARK_INK, LIGHT_INK, cardColors, readableInk, tint } from './cardColors.js';

describe('tint', () => {
  it('mixes a colour with white', () => {
    expect(tint('#000000', 1)).toBe('#000000');
    expect(tint('#000000', 0)).toBe('#ffffff');
    expect(tint('#e03131', 0.5)).toBe('#f09898');
  });
});

describe('cardColors', () => {
  it('fills a kaart with a light tint of its zone and keeps the others white-ish', () => {
    expect(cardColors('kaart', 'red').fill).toBe(tint('#e03131', 0.28));
    expect(cardColors('anekdote', 'red').accent).toBe('#e03131');
    expect(cardColors('stakeholder', 'green').fill).toBe(tint('#099268', 0.06));
  });

  it('has its own colours outside coloured zones', () => {
    expect(cardColors('kaart', null).fill).toBe('#fff4bf');
    expect(cardColors('anekdote', null).fill).toBe('#ffffff');
  });

  it('gives the same object for the same zone colour, so renders can compare', () => {
    expect(cardColors('kaart', 'blue')).toBe(cardColors('kaart', 'blue'));
  });
});

describe('readableInk', () => {
  it('writes dark on light and mid colours, white on dark ones', () => {
    expect(readableInk('#e16919')).toBe(DARK_INK); // tldraw orange: white would be 3.4:1
    expect(readableInk('#f1ac4b')).toBe(DARK_INK);
    expect(readableInk('#ffffff')).toBe(DARK_INK);
    expect(readableInk('#1d1d1d')).toBe(LIGHT_INK);
    expect(readableInk('#ae3ec9')).toBe(LIGHT_INK);
  });
});
