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
