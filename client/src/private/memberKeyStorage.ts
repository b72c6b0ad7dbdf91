/**
 * This browser's member key of a board (`shared/src/memberKey.ts`): made once, kept in
 * localStorage per board, so a reload opens the same private document. Without storage (some
 * private windows) the key lives as long as the page; the private cards then do too, which is
 * all such a window promises anyway.
 */
import { MEMBER_KEY_PATTERN, newMemberKey } from '@werkbord/shared';

const storageKey = (boardId: string) => `werkbord.memberKey.${boardId}`;
const inMemory = new Map<string, string>();

export function loadMemberKey(
  boardId: string,
  storage: Storage | null = safeLocalStorage(),
): string {
  const stored = read(storage, storageKey(boardId)) ?? inMemory.get(boardId) ?? null;
  if (stored !== null && MEMBER_KEY_PATTERN.test(stored)) return stored;
  const key = newMemberKey();
  inMemory.set(boardId, key);
  try {
    storage?.setItem(storageKey(boardId), key);
  } catch {
    // Kept in memory only.
  }
  return key;
}

function read(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
