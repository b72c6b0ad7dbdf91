/**
 * "Mijn borden": the boards a begeleider made in this browser, or opened here with a begeleider
 * link, for the home page's list and for comparing two of them. Kept in this browser only
 * (localStorage), never sent to the server as a list: each entry holds the board's begeleider
 * token, which is what opens the board again and what a comparison must show the server, and it
 * goes to the server only with such a request. One key per board, `werkbord.myBoard.<boardId>`,
 * so forgetting a deleted board (`offline/forgetBoard.ts` removes every key naming it) forgets
 * it here too.
 */
import { BOARD_ID_PATTERN, type BoardLinks } from '@werkbord/shared';

const PREFIX = 'werkbord.myBoard.';
const storageKey = (boardId: string) => `${PREFIX}${boardId}`;

export interface MyBoard {
  boardId: string;
  title: string;
  werkvorm: string;
  /** ISO 8601, when the board was made. */
  createdAt: string;
  /** The begeleider token of the board's link. */
  token: string;
  /** When this browser last made, opened or saw a change on the board (ms since 1970). */
  lastActivity: number;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage refused (private window): nothing is remembered
  }
}

/** Remembers a board (or updates it); `lastActivity` is now unless given. */
export function rememberMyBoard(
  board: Omit<MyBoard, 'lastActivity'> & { lastActivity?: number },
): void {
  const entry: MyBoard = { ...board, lastActivity: board.lastActivity ?? Date.now() };
  try {
    storage()?.setItem(storageKey(board.boardId), JSON.stringify(entry));
  } catch {
    // Storage full or refused: the board is simply not in the list.
  }
}

/** Notes activity on a remembered board; boards not in the list stay out of it. */
export function touchMyBoard(boardId: string, at = Date.now()): void {
  const board = findMyBoard(boardId);
  if (board && at > board.lastActivity) rememberMyBoard({ ...board, lastActivity: at });
}

export function findMyBoard(boardId: string): MyBoard | null {
  const stored = storage()?.getItem(storageKey(boardId)) ?? null;
  const board = stored === null ? null : parse(stored);
  return board?.boardId === boardId ? board : null;
}

/** Every remembered board, the most recently active first. */
export function listMyBoards(): MyBoard[] {
  const store = storage();
  if (!store) return [];
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i));
  return keys
    .filter((key): key is string => key?.startsWith(PREFIX) === true)
    .map((key) => findMyBoard(key.slice(PREFIX.length)))
    .filter((board): board is MyBoard => board !== null)
    .sort((a, b) => b.lastActivity - a.lastActivity);
}

export function forgetMyBoard(boardId: string): void {
  storage()?.removeItem(storageKey(boardId));
}

/** The token of a link the server handed out (`/b/<id>?t=<token>`). */
export function linkToken(link: string): string {
  return new URL(link, 'http://werkbord.invalid').searchParams.get('t') ?? '';
}

/** Remembers a board just made here, from its answer's links. */
export function rememberMadeBoard(
  made: { boardId: string; links: BoardLinks },
  board: { title: string; werkvorm: string },
): void {
  rememberMyBoard({
    boardId: made.boardId,
    title: board.title,
    werkvorm: board.werkvorm,
    createdAt: new Date().toISOString(),
    token: linkToken(made.links.facilitator),
  });
}

function parse(stored: string): MyBoard | null {
  try {
    const value = JSON.parse(stored) as Partial<MyBoard> | null;
    const ok =
      typeof value?.boardId === 'string' &&
      BOARD_ID_PATTERN.test(value.boardId) &&
      typeof value.title === 'string' &&
      typeof value.werkvorm === 'string' &&
      typeof value.createdAt === 'string' &&
      typeof value.token === 'string' &&
      value.token !== '' &&
      typeof value.lastActivity === 'number';
    return ok ? (value as MyBoard) : null;
  } catch {
    return null;
  }
}
