import { MEMBER_KEY_PATTERN } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { loadMemberKey } from './memberKeyStorage';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const BOARD_A = 'AAAAAAAAAAAAAAAAAAAAAA';
const BOARD_B = 'BBBBBBBBBBBBBBBBBBBBBB';

describe('member key per board', () => {
  it('makes a key once and gives the same one after a reload', () => {
    const storage = memoryStorage();
    const key = loadMemberKey(BOARD_A, storage);
    expect(key).toMatch(MEMBER_KEY_PATTERN);
    expect(loadMemberKey(BOARD_A, storage)).toBe(key);
  });

  it('uses another key on another board', () => {
    const storage = memoryStorage();
    expect(loadMemberKey(BOARD_A, storage)).not.toBe(loadMemberKey(BOARD_B, storage));
  });

  it('replaces a damaged key', () => {
    const storage = memoryStorage();
    storage.setItem(`werkbord.memberKey.${BOARD_A}`, 'kapot');
    expect(loadMemberKey(BOARD_A, storage)).toMatch(MEMBER_KEY_PATTERN);
  });

  it('keeps the key for the page when there is no storage', () => {
    const key = loadMemberKey(BOARD_B, null);
    expect(loadMemberKey(BOARD_B, null)).toBe(key);
  });
});
