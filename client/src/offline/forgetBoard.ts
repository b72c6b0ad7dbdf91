/**
 * A deleted board leaves nothing behind in this browser (AVG): its IndexedDB copies (content,
 * control and private rooms, `werkbord:<room>`), every cached answer that mentions it (from any
 * cache, including an older service worker's), and its per-board keys in local and session
 * storage (member key, colour, remembered board info, a pending import).
 *
 * Called once the board's rooms are closed; a database still open elsewhere (another tab) is
 * deleted as soon as that tab lets go (y-indexeddb closes on `versionchange`).
 */
import { memberIdForKey, privateRoom } from '@werkbord/shared';

export async function forgetBoard(boardId: string): Promise<void> {
  await Promise.all([forgetDatabases(boardId), forgetCachedAnswers(boardId)]);
  forgetStoredKeys(boardId); // last: the member key names the private database
}

async function forgetDatabases(boardId: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const names = new Set([`werkbord:${boardId}`, `werkbord:${boardId}.control`]);
  const memberKey = readStorage(safeStorage('localStorage'), `werkbord.memberKey.${boardId}`);
  if (memberKey !== null) {
    const memberId = await memberIdForKey(memberKey).catch(() => null);
    if (memberId !== null) names.add(`werkbord:${privateRoom(boardId, memberId)}`);
  }
  // Where the browser can list its databases, also every other room of the board.
  const listed = await indexedDB.databases?.().catch(() => []);
  for (const { name } of listed ?? []) {
    if (name === `werkbord:${boardId}` || name?.startsWith(`werkbord:${boardId}.`)) names.add(name);
  }
  await Promise.all([...names].map(deleteDatabase));
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
  });
}

async function forgetCachedAnswers(boardId: string): Promise<void> {
  if (typeof caches === 'undefined') return; // Cache Storage exists in secure contexts only
  try {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      const requests = await cache.keys();
      await Promise.all(
        requests
          .filter((request) => request.url.includes(boardId))
          .map((request) => cache.delete(request)),
      );
    }
  } catch {
    // Storage refused (private window): then nothing was cached either.
  }
}

function forgetStoredKeys(boardId: string): void {
  for (const storage of [safeStorage('localStorage'), safeStorage('sessionStorage')]) {
    if (!storage) continue;
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
    for (const key of keys) {
      if (key?.startsWith('werkbord') && key.includes(boardId)) storage.removeItem(key);
    }
  }
}

function readStorage(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function safeStorage(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return window[kind];
  } catch {
    return null;
  }
}
