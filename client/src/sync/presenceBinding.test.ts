import { Role } from '@werkbord/shared';
import {
  UserRecordType,
  atom,
  createTLStore,
  createUserId,
  defaultBindingUtils,
  type TLInstancePresence,
  type TLUser,
} from 'tldraw';
import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { SHAPE_UTILS } from '../shapes/boardShapes';
import { PRESENCE_INTERVAL_MS, bindPresence } from './presenceBinding';

function browser(name: string | null, role: Role = Role.Participant) {
  const store = createTLStore({ shapeUtils: SHAPE_UTILS, bindingUtils: defaultBindingUtils });
  store.mergeRemoteChanges(() => {}); // lets tldraw create its instance, page and camera records
  const awareness = new Awareness(new Y.Doc());
  const $user = atom<TLUser | null>(
    'user',
    name ? UserRecordType.create({ id: createUserId(`id-${name}`), name, color: '#1864ab' }) : null,
  );
  const unbind = bindPresence({ store, awareness, $user, role });
  return { store, awareness, $user, unbind };
}

/** What the relay does: hand one client's awareness to another. */
function relay(from: Awareness, to: Awareness) {
  applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [from.clientID]), 'relay');
}

const afterPublish = () => new Promise((resolve) => setTimeout(resolve, PRESENCE_INTERVAL_MS * 2));
const presences = (store: ReturnType<typeof browser>['store']) =>
  store.allRecords().filter((r): r is TLInstancePresence => r.typeName === 'instance_presence');

describe('presence over awareness', () => {
  it("shows another user's cursor with their name and colour", async () => {
    const anna = browser('Anna', Role.Facilitator);
    const bram = browser('Bram');
    await afterPublish();
    relay(anna.awareness, bram.awareness);
    const [presence] = presences(bram.store);
    expect(presence).toMatchObject({ userName: 'Anna', color: '#1864ab', userId: 'user:id-Anna' });
    expect(presence?.cursor).not.toBeNull();
    expect(anna.awareness.getLocalState()?.user).toEqual({
      id: 'id-Anna',
      name: 'Anna',
      color: '#1864ab',
      role: Role.Facilitator,
    });
  });

  it('publishes nothing before the user has a name', async () => {
    const nameless = browser(null);
    await afterPublish();
    expect(nameless.awareness.getLocalState()).toMatchObject({ user: null, presence: null });
  });

  it('removes the cursor when the other client leaves', async () => {
    const anna = browser('Anna');
    const bram = browser('Bram');
    await afterPublish();
    relay(anna.awareness, bram.awareness);
    expect(presences(bram.store)).toHaveLength(1);
    anna.unbind(); // sets the local state to null, as on leaving
    relay(anna.awareness, bram.awareness);
    expect(presences(bram.store)).toHaveLength(0);
  });

  it('ignores a malformed awareness state instead of breaking the board', () => {
    const bram = browser('Bram');
    const stranger = new Awareness(new Y.Doc());
    stranger.setLocalState({
      user: { id: 'x', name: 'Mallory', color: '#000000', role: 'participant' },
      presence: { cursor: 'not a cursor', currentPageId: 42 },
    });
    relay(stranger, bram.awareness);
    expect(presences(bram.store)).toHaveLength(0);
  });
});
