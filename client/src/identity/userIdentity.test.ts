import { describe, expect, it } from 'vitest';
import { USER_COLOURS, cleanName, colourFor, NAME_MAX_LENGTH } from './userIdentity';

describe('user identity', () => {
  it('gives the same id the same colour every time', () => {
    expect(colourFor('abc123XYZ')).toBe(colourFor('abc123XYZ'));
    expect(USER_COLOURS).toContain(colourFor('abc123XYZ'));
  });

  it('spreads ids over the palette', () => {
    const colours = new Set(Array.from({ length: 200 }, (_, i) => colourFor(`user-${i}`)));
    expect(colours.size).toBe(USER_COLOURS.length);
  });

  it('tidies typed names and refuses empty ones', () => {
    expect(cleanName('  Anna   de  Vries ')).toBe('Anna de Vries');
    expect(cleanName('   ')).toBeNull();
    expect(cleanName('x'.repeat(100))).toHaveLength(NAME_MAX_LENGTH);
  });
});
