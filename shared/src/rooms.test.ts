import { describe, expect, it } from 'vitest';
import { Role } from './roles.js';
import { DocKind, canRead, canWrite, contentRoom, controlRoom, parseRoomName } from './rooms.js';

const boardId = 'AbCdEfGhIjKlMnOpQrSt_-';

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

describe('read rights', () => {
  it('lets every role read content and control', () => {
    for (const role of [Role.Facilitator, Role.Participant, Role.Viewer]) {
      expect(canRead(role, DocKind.Content)).toBe(true);
      expect(canRead(role, DocKind.Control)).toBe(true);
    }
  });
});
