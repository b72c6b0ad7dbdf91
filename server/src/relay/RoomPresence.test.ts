import { describe, expect, it } from 'vitest';
import { type ReceivedPresence } from './presenceCodec.js';
import type { JudgedPresence } from './presenceGuard.js';
import { MAX_PRESENCE_IDS, type PresenceOwner, RoomPresence } from './RoomPresence.js';

const owner = (presenceKey: string | null = null): PresenceOwner => ({
  presenceKey,
  presenceIds: new Set(),
});
const entry = (clientId: number, clock: number, json: string): ReceivedPresence => ({
  clientId,
  clock,
  state: new TextEncoder().encode(json),
});
/** Accepts every state as it is. */
const accept = (state: Uint8Array): JudgedPresence => {
  const json = new TextDecoder().decode(state);
  return { status: 'accepted', json, removed: json === 'null' };
};

describe('RoomPresence', () => {
  it('keeps a state for the connection that introduced its client id', () => {
    const presence = new RoomPresence();
    const anna = owner();
    const applied = presence.apply(anna, [entry(1, 1, '{"n":1}')], accept);
    expect(applied).toEqual({ changed: [{ clientId: 1, clock: 1, json: '{"n":1}' }], refused: [] });
    expect(presence.all()).toEqual([{ clientId: 1, clock: 1, json: '{"n":1}' }]);
    expect([...anna.presenceIds]).toEqual([1]);
  });

  it("refuses another connection's change or removal of that id, and an older clock", () => {
    const presence = new RoomPresence();
    const anna = owner();
    presence.apply(anna, [entry(1, 5, '{"n":1}')], accept);
    const other = owner();
    const applied = presence.apply(other, [entry(1, 9, '{"n":2}'), entry(1, 9, 'null')], accept);
    expect(applied).toEqual({ changed: [], refused: ['foreign', 'foreign'] });
    expect(presence.apply(anna, [entry(1, 4, '{"n":3}')], accept).changed).toEqual([]);
    expect(presence.all()).toEqual([{ clientId: 1, clock: 5, json: '{"n":1}' }]);
  });

  it('lets a connection with the same presence key take the id over', () => {
    const presence = new RoomPresence();
    const before = owner('key');
    presence.apply(before, [entry(1, 1, '{"n":1}')], accept);
    const after = owner('key');
    expect(presence.apply(after, [entry(1, 2, '{"n":2}')], accept).changed).toHaveLength(1);
    expect(presence.remove(before)).toEqual([]);
    expect(presence.all()).toEqual([{ clientId: 1, clock: 2, json: '{"n":2}' }]);
  });

  it('removes what a leaving connection introduced, and ignores a late echo of it', () => {
    const presence = new RoomPresence();
    const anna = owner();
    presence.apply(anna, [entry(1, 3, '{"n":1}')], accept);
    expect(presence.remove(anna)).toEqual([{ clientId: 1, clock: 3, json: 'null' }]);
    const echo = presence.apply(owner(), [entry(1, 3, '{"n":1}')], accept);
    expect(echo).toEqual({ changed: [], refused: [] });
    expect(presence.size).toBe(0);
  });

  it('limits the client ids one connection introduces', () => {
    const presence = new RoomPresence();
    const many = owner();
    const entries = Array.from({ length: MAX_PRESENCE_IDS + 2 }, (_, i) => entry(i + 1, 1, '{}'));
    const applied = presence.apply(many, entries, accept);
    expect(applied.changed).toHaveLength(MAX_PRESENCE_IDS);
    expect(applied.refused).toEqual(['ids', 'ids']);
  });

  it('asks the judge only about states it would keep', () => {
    const presence = new RoomPresence();
    presence.apply(owner(), [entry(1, 1, '{}')], accept);
    let judged = 0;
    presence.apply(owner(), [entry(1, 2, '{}'), entry(2, 1, 'null')], (state) => {
      judged++;
      return accept(state);
    });
    expect(judged).toBe(0);
  });
});
