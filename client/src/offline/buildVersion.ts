/**
 * The service worker's build version: a hash of the build's precache list (every file with its
 * revision, so any changed file changes it). Its caches are named after it, so each build has
 * its own and removes every other one when it takes over.
 */
export interface PrecacheEntryLike {
  url: string;
  revision?: string | null;
}

/** Eight hex digits (FNV-1a over the list); the same list always gives the same version. */
export function buildVersion(entries: readonly (string | PrecacheEntryLike)[]): string {
  const text = entries
    .map((entry) => (typeof entry === 'string' ? entry : `${entry.url} ${entry.revision ?? ''}`))
    .sort()
    .join('\n');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
