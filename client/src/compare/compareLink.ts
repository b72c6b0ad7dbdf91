/**
 * The address of the comparison page: `/vergelijk?a=<boardId>&b=<boardId>`. It names the boards
 * only; their begeleider tokens stay in this browser's "Mijn borden" (`storage/myBoards.ts`),
 * so the address holds no secret and may sit in the history, a log or a bookmark.
 */
import { BOARD_ID_PATTERN } from '@werkbord/shared';

export const COMPARE_PATH = '/vergelijk';

export function compareHref(a: string, b: string): string {
  return `${COMPARE_PATH}?${new URLSearchParams({ a, b })}`;
}

/** The two boards a comparison address names, or `null` when it does not name two. */
export function readCompareQuery(search: string): [string, string] | null {
  const query = new URLSearchParams(search);
  const a = query.get('a') ?? '';
  const b = query.get('b') ?? '';
  return BOARD_ID_PATTERN.test(a) && BOARD_ID_PATTERN.test(b) && a !== b ? [a, b] : null;
}
