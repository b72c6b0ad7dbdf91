import { describe, expect, it } from 'vitest';
import { Role } from './roles.js';
import {
  DocKind,
  canRead,
  canWrite,
  contentRoom,
  controlRoom,
  parseRoomName,
  privateRoom,
  privateRoomPrefix,
} from './rooms.js';

const boardId = 'AbCdEfGhIjKlMnOpQrSt_-';
const memberId = 'zYxWvUtSrQpOnMlKjIhG-_';

describe('room names', () => {
  it('round-trips content and control rooms', () => {
    expect(parseRoomName(contentRoom(boardId))).toEqual({ boardId, kind: DocKind.Content });
    expect(parseRoomName(controlRoom(boardId))).toEqual({ boardId, kind: DocKind.Control });
  });

  it('rejects malformed names', () => {
    for (const name of ['', 'short', `${boardId}.other`, `${boardId}.control.x`, `../${boardId}`]) {
      expect(parseRoomName(name)).toBeNull();
    }
  });

  it("round-trips private rooms, which start with their board's prefix", () => {
    const room = privateRoom(boardId, memberId);
    expect(parseRoomName(room)).toEqual({ boardId, kind: DocKind.Private, memberId });
    expect(room.startsWith(privateRoomPrefix(boardId))).toBe(true);
    for (const name of [
      `${boardId}.private`,
      `${boardId}.private.kort`,
      `${boardId}.private.${memberId}.x`,
      `${boardId}.private.${memberId.slice(1)}+`,
    ]) {
      expect(parseRoomName(name)).toBeNull();
    }
  });
});

describe('write rights', () => {
  it('lets only the facilitator write the control document', () => {
    expect(canWrite(Role.Facilitator, DocKind.Control)).toBe(true);
    expect(canWrite(Role.Participant, DocKind.Control)).toBe(false);
    expect(canWrite(Role.Viewer, DocKind.Control)).toBe(false);
  });

  it('lets facilitator and participant write content, never the viewer', () => {
    expect(canWrite(Role.Facilitator, DocKind.Content)).toBe(true);
    expect(canWrite(Role.Participant, DocKind.Content)).toBe(true);
    expect(canWrite(Role.Viewer, DocKind.Content)).toBe(false);
  });
});

describe('private documents', () => {
  it('are read and written by participants and the facilitator, never by viewers', () => {
    for (const role of [Role.Facilitator, Role.Participant]) {
      expect(canRead(role, DocKind.Private)).toBe(true);
      expect(canWrite(role, DocKind.Private)).toBe(true);
    }
    expect(canRead(Role.Viewer, DocKind.Private)).toBe(false);
    expect(canWrite(Role.Viewer, DocKind.Private)).toBe(false);
  });
});

describe('read rights', () => {
  it('lets every role read content and control', () => {
    for (const role of [Role.Facilitator, Role.Participant, Role.Viewer]) {
      expect(canRead(role, DocKind.Content)).toBe(true);
      expect(canRead(role, DocKind.Control)).toBe(true);
    }
  });
});
