/**
 * Every board is a set of Yjs documents, each one y-websocket room:
 * - `<boardId>`          content: the tldraw records (facilitator and participants write)
 * - `<boardId>.control`  control: werkvorm, settings and session state (facilitator writes)
 * - `<boardId>.private.<memberId>`  private: one member's private cards and votes (that member
 *   reads and writes it; the server moves its cards onto the board at "onthullen")
 * The WebSocket URL of a room is `/sync/<room>?t=<token>`; a private room also needs the member
 * key, `&k=<memberKey>` (see `memberKey.ts`).
 */
import { MEMBER_ID_PATTERN } from './memberKey.js';
import { Role } from './roles.js';

/** Path prefix of the y-websocket endpoint; the stock client appends `/<room>`. */
export const SYNC_PATH = '/sync';

/** 128 random bits, base64url without padding: 22 characters. */
export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export const DocKind = {
  Content: 'content',
  Control: 'control',
  Private: 'private',
} as const;
export type DocKind = (typeof DocKind)[keyof typeof DocKind];

export type RoomName =
  | { boardId: string; kind: typeof DocKind.Content | typeof DocKind.Control }
  | { boardId: string; kind: typeof DocKind.Private; memberId: string };

export function contentRoom(boardId: string): string {
  return boardId;
}

export function controlRoom(boardId: string): string {
  return `${boardId}.control`;
}

export function privateRoom(boardId: string, memberId: string): string {
  return `${boardId}.private.${memberId}`;
}

/** The common start of the names of a board's private rooms (and stored private documents). */
export function privateRoomPrefix(boardId: string): string {
  return `${boardId}.private.`;
}

/** Parses a room name; `null` for anything that is not a well-formed room of some board. */
export function parseRoomName(room: string): RoomName | null {
  const [boardId, suffix, memberId, ...rest] = room.split('.');
  if (boardId === undefined || !BOARD_ID_PATTERN.test(boardId) || rest.length > 0) return null;
  if (suffix === undefined) return { boardId, kind: DocKind.Content };
  if (suffix === 'control' && memberId === undefined) return { boardId, kind: DocKind.Control };
  if (suffix === 'private' && memberId !== undefined && MEMBER_ID_PATTERN.test(memberId)) {
    return { boardId, kind: DocKind.Private, memberId };
  }
  return null;
}

/**
 * Whether a role may open (read) a document of this kind. Every role reads content and control;
 * a private document only a participant or the begeleider, and only with its member key (the
 * server checks that too).
 */
export function canRead(role: Role, kind: DocKind): boolean {
  return kind !== DocKind.Private || role !== Role.Viewer;
}

/** Whether a role may change a document of this kind (the server enforces this). */
export function canWrite(role: Role, kind: DocKind): boolean {
  switch (role) {
    case Role.Facilitator:
      return true;
    case Role.Participant:
      return kind === DocKind.Content || kind === DocKind.Private;
    case Role.Viewer:
      return false;
  }
}
