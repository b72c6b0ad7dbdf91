import { type BoardInfo, Role } from '@werkbord/shared';
import { useEffect } from 'react';
import type * as Y from 'yjs';
import { rememberMyBoard, touchMyBoard } from '../storage/myBoards';

/** "Laatst actief" moves at most this often while a board changes. */
const ACTIVITY_STEP_MS = 60_000;

/**
 * Keeps "Mijn borden" (`storage/myBoards.ts`, this browser only) up to date while the begeleider
 * has the board open: the board is remembered when it opens, with the title and werkvorm it has
 * now, and its last activity moves whenever its content changes. Other roles add nothing: the
 * list is a begeleider's, and it keeps begeleider links only.
 */
export function useMyBoard(
  info: BoardInfo,
  token: string,
  live: { title: string; werkvorm: string },
  content: Y.Doc | null,
): void {
  const facilitator = info.role === Role.Facilitator;
  const { boardId, createdAt } = info;
  const { title, werkvorm } = live;
  useEffect(() => {
    if (facilitator) rememberMyBoard({ boardId, title, werkvorm, createdAt, token });
  }, [facilitator, boardId, title, werkvorm, createdAt, token]);
  useEffect(() => {
    if (!facilitator || !content) return;
    let last = Date.now();
    const onUpdate = () => {
      const now = Date.now();
      if (now - last < ACTIVITY_STEP_MS) return;
      last = now;
      touchMyBoard(boardId, now);
    };
    content.on('update', onUpdate);
    return () => content.off('update', onUpdate);
  }, [facilitator, boardId, content]);
}
