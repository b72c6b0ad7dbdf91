/**
 * Every board is a set of Yjs documents, each one y-websocket room:
 * - `<boardId>`          content: the tldraw records (facilitator and participants write)
 * - `<boardId>.control`  control: werkvorm, settings and session state (facilitator writes)
 * The WebSocket URL of a room is `/sync/<room>?t=<token>`.
 */
import { Role } from './roles.js';

/** Path prefix of the y-websocket endpoint; the stock client appends `/<room>`. */
export const SYNC_PATH = '/sync';

/** 128 random bits, base64url without padding: 22 characters. */
export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export const DocKind = {
  Content: 'content',
  Control: 'control',
} as const;
export type DocKind = (typeof DocKind)[keyof typeof DocKind];

export interface RoomName {
  boardId: string;
  kind: DocKind;
}

export function contentRoom(boardId: string): string {
  return boardId;
}

export function controlRoom(boardId: string): string {
  return `${boardId}.control`;
}

/** Parses a room name; `null` for anything that is not a well-formed room of some board. */
export function parseRoomName(room: string): RoomName | null {
  const [boardId, suffix, ...rest] = room.split('.');
  if (boardId === undefined || !BOARD_ID_PATTERN.test(boardId) || rest.length > 0) return null;
  if (suffix === undefined) return { boardId, kind: DocKind.Content };
  if (suffix === 'control') return { boardId, kind: DocKind.Control };
  return null;
}

/** Whether a role may open (read) a document of this kind. Every role reads content and control. */
export function canRead(_role: Role, kind: DocKind): boolean {
  return kind === DocKind.Content || kind === DocKind.Control;
}

/** Whether a role may change a document of this kind (the server enforces this). */
export function canWrite(role: Role, kind: DocKind): boolean {
  switch (role) {
    case Role.Facilitator:
      return true;
    case Role.Participant:
      return kind === DocKind.Content;
    case Role.Viewer:
      return false;
  }
}
