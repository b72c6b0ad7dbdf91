/**
 * What a board page needs before it can open (title, werkvorm, my role), remembered per board
 * and per link, so a board reloaded while offline still opens. The service worker caches no
 * answer that carries a token, so the page keeps this itself: in localStorage, under a hash of
 * the link's token (never the token), forgotten with the board (`forgetBoard.ts`).
 */
import { isRole, sha256, toBase64Url, type BoardInfo } from '@werkbord/shared';

const storageKey = (boardId: string) => `werkbord.boardInfo.${boardId}`;

/** A short hash of the token: tells a board's links apart, opens nothing. */
function linkHash(token: string): string {
  return toBase64Url(sha256(new TextEncoder().encode(token))).slice(0, 16);
}

export function rememberBoardInfo(token: string, info: BoardInfo): void {
  const entries = readEntries(info.boardId);
  entries[linkHash(token)] = {
    boardId: info.boardId,
    title: info.title,
    werkvorm: info.werkvorm,
    createdAt: info.createdAt,
    role: info.role,
  };
  try {
    window.localStorage.setItem(storageKey(info.boardId), JSON.stringify(entries));
  } catch {
    // Not remembered: offline, this board then cannot open after a reload.
  }
}

/** The info last seen for this board with this link, or `null`. */
export function recallBoardInfo(boardId: string, token: string): BoardInfo | null {
  const info = readEntries(boardId)[linkHash(token)];
  return isBoardInfo(info) && info.boardId === boardId ? info : null;
}

function readEntries(boardId: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(storageKey(boardId)) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function isBoardInfo(value: unknown): value is BoardInfo {
  if (typeof value !== 'object' || value === null) return false;
  const { boardId, title, werkvorm, createdAt, role } = value as Record<string, unknown>;
  return (
    typeof boardId === 'string' &&
    typeof title === 'string' &&
    typeof werkvorm === 'string' &&
    typeof createdAt === 'string' &&
    isRole(role)
  );
}
