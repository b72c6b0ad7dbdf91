import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { sendOwnPresenceOnly } from './ownPresenceOnly';

describe('sendOwnPresenceOnly', () => {
  it("sends this client's own changes and none of the states it receives", () => {
    const mine = new Awareness(new Y.Doc());
    const other = new Awareness(new Y.Doc());
    const sent: unknown[] = [];
    const provider = { _awarenessUpdateHandler: (change: unknown) => sent.push(change) };
    mine.on('update', provider._awarenessUpdateHandler); // what y-websocket registers
    const stop = sendOwnPresenceOnly(provider, mine);

    other.setLocalStateField('user', { name: 'Bram' });
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(other, [other.clientID]), 'server');
    expect(sent).toEqual([]);
    mine.setLocalStateField('user', { name: 'Anna' });
    expect(sent).toEqual([{ added: [], updated: [mine.clientID], removed: [] }]);
    stop();
    mine.setLocalStateField('user', { name: 'Anna B.' });
    expect(sent).toHaveLength(1);
  });
});
