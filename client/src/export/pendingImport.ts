/**
 * Records chosen on the home page wait here (per board, this tab only) until the new board is
 * open; then they go into its store as the facilitator's own change, so they sync like drawing.
 */
import type { TLRecord } from 'tldraw';

const key = (boardId: string) => `werkbord.import.${boardId}`;

export function savePendingImport(boardId: string, records: TLRecord[]): void {
  sessionStorage.setItem(key(boardId), JSON.stringify(records));
}

/** The waiting records of a board, removed from storage so they are put only once. */
export function takePendingImport(boardId: string): TLRecord[] | null {
  const stored = sessionStorage.getItem(key(boardId));
  if (stored === null) return null;
  sessionStorage.removeItem(key(boardId));
  try {
    const records: unknown = JSON.parse(stored);
    return Array.isArray(records) ? (records as TLRecord[]) : null;
  } catch {
    return null;
  }
}
