import { CONTENT_RECORDS, CONTROL_BOARD, DocKind, Role, SessionKey } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { YKeyValue } from 'y-utility/y-keyvalue';
import * as Y from 'yjs';
import { BoardPolicy, type LockedRoom as Room, writeRefusal } from './boardPolicy.js';

/** Just what the policy reads of a room: its kind, doc and policy. */
function fakeRoom(kind: DocKind, doc: Y.Doc, policy: BoardPolicy | null = null): Room {
  return { kind, doc, policy } as unknown as Room;
}

function board() {
  const control = new Y.Doc();
  const policy = new BoardPolicy(fakeRoom(DocKind.Control, control));
  const content = new Y.Doc();
  const records = new YKeyValue(content.getArray<{ key: string; val: unknown }>(CONTENT_RECORDS));
  records.set('kaart-1', { text: 'een' });
  records.set('kaart-2', { text: 'twee' });
  const room = fakeRoom(DocKind.Content, content, policy);
  const controlMap = control.getMap(CONTROL_BOARD);
  return { policy, room, controlMap, controlRoom: fakeRoom(DocKind.Control, control) };
}

/** A participant's change of `key`, made on a copy of the room's doc. */
function changeOf(room: Room, key: string): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(room.doc));
  const before = Y.encodeStateVector(copy);
  new YKeyValue(copy.getArray<{ key: string; val: unknown }>(CONTENT_RECORDS)).set(key, {
    text: 'veranderd',
  });
  return Y.encodeStateAsUpdate(copy, before);
}

describe('BoardPolicy', () => {
  it('follows the lock and the locked cards in the control document as they change', () => {
    const { policy, controlMap } = board();
    expect(policy.locked).toBe(false);
    expect([...policy.lockedCards]).toEqual([]);
    controlMap.set(SessionKey.Locked, true);
    controlMap.set(SessionKey.LockedCards, ['kaart-1', 42]);
    expect(policy.locked).toBe(true);
    expect([...policy.lockedCards]).toEqual(['kaart-1']);
    controlMap.set(SessionKey.Locked, 'ja');
    expect(policy.locked).toBe(false);
    policy.dispose();
    controlMap.set(SessionKey.Locked, true);
    expect(policy.locked).toBe(false);
  });
});

describe('writeRefusal', () => {
  it('refuses by role first: viewers anywhere, participants on the control document', () => {
    const { room, controlRoom } = board();
    const update = changeOf(room, 'kaart-1');
    expect(writeRefusal(Role.Viewer, room, update)).toBe('role');
    expect(writeRefusal(null, room, update)).toBe('role');
    expect(writeRefusal(Role.Participant, controlRoom, update)).toBe('role');
    expect(writeRefusal(Role.Facilitator, controlRoom, update)).toBeNull();
    expect(writeRefusal(Role.Participant, room, update)).toBeNull();
  });

  it('refuses participants while the board is locked, never the facilitator', () => {
    const { room, controlMap } = board();
    controlMap.set(SessionKey.Locked, true);
    const update = changeOf(room, 'kaart-1');
    expect(writeRefusal(Role.Participant, room, update)).toBe('board-locked');
    expect(writeRefusal(Role.Facilitator, room, update)).toBeNull();
  });

  it("refuses a participant's change of a locked card only", () => {
    const { room, controlMap } = board();
    controlMap.set(SessionKey.LockedCards, ['kaart-1']);
    expect(writeRefusal(Role.Participant, room, changeOf(room, 'kaart-1'))).toBe('card-locked');
    expect(writeRefusal(Role.Participant, room, changeOf(room, 'kaart-2'))).toBeNull();
    expect(writeRefusal(Role.Facilitator, room, changeOf(room, 'kaart-1'))).toBeNull();
  });
});
