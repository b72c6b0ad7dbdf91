/**
 * Owner fences (see `Storage.ts`): the checks both back-ends make before a fenced write, in the
 * write's own transaction.
 */
import { parseRoomName } from '@werkbord/shared';
import type { DocumentUpdate, Fence } from './Storage.js';

/** Both back-ends store a fence as a signed 64-bit integer. */
const MAX_FENCE = 2n ** 63n - 1n;

/** A fence as a bigint, checked: a whole number from 0 to 2^63 − 1. */
export function fenceValue(fence: Fence): bigint {
  const whole = typeof fence === 'bigint' || Number.isSafeInteger(fence);
  const value = whole ? BigInt(fence) : -1n;
  if (value < 0n || value > MAX_FENCE) {
    throw new RangeError(`An owner fence is a whole number from 0 to 2^63 - 1, got ${fence}`);
  }
  return value;
}

/** The fence a write on one board carries, as the map the checks take (empty: unfenced). */
export function boardFence(boardId: string, fence: Fence | undefined): Map<string, bigint> {
  return fence === undefined ? new Map() : new Map([[boardId, fenceValue(fence)]]);
}

/** The fence a write on one document carries; see `batchFences`. */
export function documentFence(doc: string, fence: Fence | undefined): Map<string, bigint> {
  return fence === undefined ? new Map() : new Map([[boardOf(doc), fenceValue(fence)]]);
}

/**
 * The fence each board of a batch must still hold: the smallest one its updates carry. A fenced
 * update must be of a board's document (`<boardId>`, `<boardId>.control`,
 * `<boardId>.private.<memberId>`).
 */
export function batchFences(updates: readonly DocumentUpdate[]): Map<string, bigint> {
  const fences = new Map<string, bigint>();
  for (const { doc, fence } of updates) {
    if (fence === undefined) continue;
    const boardId = boardOf(doc);
    const value = fenceValue(fence);
    const known = fences.get(boardId);
    if (known === undefined || value < known) fences.set(boardId, value);
  }
  return fences;
}

function boardOf(doc: string): string {
  const boardId = parseRoomName(doc)?.boardId;
  if (boardId === undefined) {
    throw new TypeError(`A fenced write must be of a board's document, got "${doc}"`);
  }
  return boardId;
}

/**
 * The boards that refuse the writer: their stored fence is greater than the writer's, or they
 * have none (the board does not exist). `stored` holds the fences read in the write's transaction.
 */
export function staleBoards(
  wanted: ReadonlyMap<string, bigint>,
  stored: ReadonlyMap<string, bigint>,
): string[] {
  return [...wanted]
    .filter(([boardId, fence]) => {
      const current = stored.get(boardId);
      return current === undefined || current > fence;
    })
    .map(([boardId]) => boardId);
}
