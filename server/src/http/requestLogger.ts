/**
 * The logger for one HTTP request: a child with the board id when the path names a board
 * (`/api/boards/<id>…` or the app's `/b/<id>`), so that every line about a board can be found by
 * `boardId`. The token is in the query, never in the path, and the logger redacts it anyway.
 */
import { BOARD_ID_PATTERN } from '@werkbord/shared';
import type { Logger } from '../log.js';

const BOARD_PATH = /^\/(?:api\/boards|b)\/([^/?#]+)/;

export function boardIdOfPath(pathname: string): string | undefined {
  const boardId = BOARD_PATH.exec(pathname)?.[1];
  return boardId !== undefined && BOARD_ID_PATTERN.test(boardId) ? boardId : undefined;
}

export function requestLogger(log: Logger, url: string | undefined): Logger {
  const boardId = boardIdOfPath(url ?? '/');
  return boardId === undefined ? log : log.child({ boardId });
}
