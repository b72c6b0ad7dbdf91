import { describe, expect, it } from 'vitest';
import { presenceIdForKey } from '@werkbord/shared';
import { loadPresenceKey } from './presenceKey';
import { USER_COLOURS, cleanName, colourFor, loadIdentity, NAME_MAX_LENGTH } from './userIdentity';

describe('user identity', () => {
  it('gives the same id the same colour every time', () => {
    expect(colourFor('abc123XYZ')).toBe(colourFor('abc123XYZ'));
    expect(USER_COLOURS).toContain(colourFor('abc123XYZ'));
  });

  it('spreads ids over the palette', () => {
    const colours = new Set(Array.from({ length: 200 }, (_, i) => colourFor(`user-${i}`)));
    expect(colours.size).toBe(USER_COLOURS.length);
  });

  it('has twelve distinct colours that keep white name tags readable (contrast 4.5:1)', () => {
    expect(new Set(USER_COLOURS).size).toBe(12);
    for (const colour of USER_COLOURS)
      expect(contrastWithWhite(colour)).toBeGreaterThanOrEqual(4.5);
  });

  it('is the id the server derives from this browser’s presence key, the same every time', () => {
    const key = loadPresenceKey();
    expect(loadPresenceKey()).toBe(key);
    expect(loadIdentity().id).toBe(presenceIdForKey(key));
    expect(loadIdentity().id).toBe(loadIdentity().id);
  });

  it('tidies typed names and refuses empty ones', () => {
    expect(cleanName('  Anna   de  Vries ')).toBe('Anna de Vries');
    expect(cleanName('   ')).toBeNull();
    expect(cleanName('x'.repeat(100))).toHaveLength(NAME_MAX_LENGTH);
  });
});

/** WCAG 2 contrast ratio of `#rrggbb` against white. */
function contrastWithWhite(colour: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(colour.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}
