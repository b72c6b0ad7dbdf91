import { describe, expect, it } from 'vitest';
import { nextLockedCards, shouldLock } from './lockedCards';

const exists = (id: string) => id !== 'shape:gone';

describe('card lock', () => {
  it('locks a selection with any unlocked card, unlocks one that is all locked', () => {
    expect(shouldLock(['shape:a', 'shape:b'], ['shape:a'])).toBe(true);
    expect(shouldLock(['shape:a'], ['shape:a', 'shape:b'])).toBe(false);
  });

  it('adds and removes ids, once each', () => {
    expect(nextLockedCards(['shape:a'], ['shape:a', 'shape:b'], true, exists)).toEqual([
      'shape:a',
      'shape:b',
    ]);
    expect(nextLockedCards(['shape:a', 'shape:b'], ['shape:a'], false, exists)).toEqual([
      'shape:b',
    ]);
  });

  it('drops ids of cards that no longer exist', () => {
    expect(nextLockedCards(['shape:gone', 'shape:a'], ['shape:b'], true, exists)).toEqual([
      'shape:a',
      'shape:b',
    ]);
  });
});
