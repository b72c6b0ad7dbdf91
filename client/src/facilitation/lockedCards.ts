/**
 * The begeleider's card lock: which ids the control document's `lockedCards` holds after locking
 * or unlocking a selection. Ids of cards that no longer exist are dropped on every write, so the
 * list does not grow over a long session.
 */

/** Lock when any of the cards is not locked yet; unlock when all of them are. */
export function shouldLock(selected: readonly string[], locked: readonly string[]): boolean {
  const lockedSet = new Set(locked);
  return selected.some((id) => !lockedSet.has(id));
}

export function nextLockedCards(
  locked: readonly string[],
  changed: readonly string[],
  lock: boolean,
  exists: (id: string) => boolean,
): string[] {
  const result = new Set(locked.filter(exists));
  for (const id of changed) {
    if (lock && exists(id)) result.add(id);
    else result.delete(id);
  }
  return [...result];
}
