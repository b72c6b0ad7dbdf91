/**
 * The begeleider's "Doe mee" code for this page: asked of the server once and kept in memory
 * (never in storage: it opens the board) while it has more than an hour left, so opening the
 * dialog again shows the same code instead of making another.
 */
import type { JoinCodeResponse } from '@werkbord/shared';
import { createJoinCode } from '../api/apiClient';

const KEEP_WHILE_MS = 60 * 60 * 1000;

let kept: { boardId: string; answer: JoinCodeResponse } | null = null;

export async function joinCodeFor(boardId: string, token: string): Promise<JoinCodeResponse> {
  if (kept?.boardId === boardId && Date.parse(kept.answer.expiresAt) - Date.now() > KEEP_WHILE_MS) {
    return kept.answer;
  }
  const answer = await createJoinCode(boardId, token);
  kept = { boardId, answer };
  return answer;
}
