/**
 * Who may open which room: the room name from the URL path, the role from the link's token, and
 * for a private room the member key (`k`) whose hash is the room's member id. Refusals carry the
 * close code the client turns into a Dutch message, and a short reason: 4404 for a malformed
 * name or an unknown board, 4401 for a missing or wrong token, 4403 for a role that may not read
 * the document (a viewer and a private room) and for a private room opened without its key.
 */
import {
  canRead,
  CloseCode,
  DocKind,
  memberIdForKey,
  MEMBER_KEY_PATTERN,
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
      if (parsed.kind === DocKind.Private) {
        const key = url.searchParams.get('k') ?? '';
        const owner =
          MEMBER_KEY_PATTERN.test(key) && (await memberIdForKey(key)) === parsed.memberId;
        if (!owner) return refuse(CloseCode.Forbidden, 'dit is het document van iemand anders');
      }
      return { status: 'admitted', room, kind: parsed.kind, role: access.role };
  }
}
