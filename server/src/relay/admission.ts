/**
 * Who may open which room: the room name from the URL path, the role from the link's token.
 * Refusals carry the close code the client turns into a Dutch message, and a short reason.
 */
import {
  canRead,
  CloseCode,
  type DocKind,
  parseRoomName,
  type Role,
  SYNC_PATH,
} from '@werkbord/shared';
import type { BoardService } from '../boards/BoardService.js';

export type Admission =
  | { status: 'admitted'; room: string; kind: DocKind; role: Role }
  | { status: 'refused'; code: CloseCode; reason: string };

const refuse = (code: CloseCode, reason: string): Admission => ({
  status: 'refused',
  code,
  reason,
});

/** Decides on `/sync/<room>?t=<token>`. */
export async function admit(url: URL, boards: BoardService): Promise<Admission> {
  const room = url.pathname.slice(SYNC_PATH.length + 1);
  const parsed = parseRoomName(room);
  if (parsed === null) return refuse(CloseCode.NotFound, 'onbekend document');
  const access = await boards.access(parsed.boardId, url.searchParams.get('t'));
  switch (access.status) {
    case 'not-found':
      return refuse(CloseCode.NotFound, 'bord bestaat niet');
    case 'missing-token':
    case 'invalid-token':
      return refuse(CloseCode.Unauthorized, 'ongeldige of ontbrekende link');
    case 'granted':
      if (!canRead(access.role, parsed.kind)) {
        return refuse(CloseCode.Forbidden, 'geen toegang tot dit document');
      }
      return { status: 'admitted', room, kind: parsed.kind, role: access.role };
  }
}
