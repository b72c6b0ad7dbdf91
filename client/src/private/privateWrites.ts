/**
 * The begeleider's side of "privé schrijven": switching it on and off in the control document,
 * and "onthullen", which the server does (`POST /api/boards/<id>/reveal`): it moves every
 * member's private cards onto the board at once, with their ids and places.
 */
import { CONTROL_BOARD, SessionKey, type RevealResponse } from '@werkbord/shared';
import type * as Y from 'yjs';

export function writePrivateWriting(doc: Y.Doc, active: boolean): void {
  const board = doc.getMap<unknown>(CONTROL_BOARD);
  if (active) board.set(SessionKey.PrivateWriting, true);
  else board.delete(SessionKey.PrivateWriting);
}

/** Asks the server to reveal every private card; resolves with how many came onto the board. */
export async function revealPrivateCards(boardId: string, token: string): Promise<number> {
  const query = new URLSearchParams({ t: token });
  const response = await fetch(`/api/boards/${encodeURIComponent(boardId)}/reveal?${query}`, {
    method: 'POST',
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`reveal: HTTP ${response.status}`);
  const body = (await response.json()) as Partial<RevealResponse>;
  return typeof body.revealed === 'number' ? body.revealed : 0;
}
