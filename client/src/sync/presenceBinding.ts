/**
 * Presence over Yjs awareness, fed into tldraw the documented v5 way: as `instance_presence`
 * records in the store, which tldraw draws as collaborator cursors (name and colour), selections
 * and brushes, and lists in its people menu.
 *
 * - Out: tldraw's `createPresenceStateDerivation` computes my presence (cursor, page, camera,
 *   selection) from the store; it goes into my awareness state, at most every
 *   `PRESENCE_INTERVAL_MS` (awareness sends a message on every change, cursors move per frame).
 * - In: each other client's awareness becomes one presence record with id `yjs-<clientId>`,
 *   put with `mergeRemoteChanges` and removed when the client leaves or the socket drops.
 * - Activity times are re-stamped with my own clock, so a peer whose clock is off is not hidden
 *   as "inactive" by tldraw.
 */
import type { Role } from '@werkbord/shared';
import {
  InstancePresenceRecordType,
  UserRecordType,
  createPresenceStateDerivation,
  createUserId,
  react,
  type Signal,
  type TLInstancePresence,
  type TLStore,
  type TLUser,
} from 'tldraw';
import type { Awareness } from 'y-protocols/awareness';
import {
  AwarenessField,
  readAwarenessPresence,
  readAwarenessUser,
  type AwarenessUser,
} from './awarenessUser';
import { trimPresence } from './presenceTrim';

export const PRESENCE_INTERVAL_MS = 80;

export interface PresenceBindingOptions {
  store: TLStore;
  awareness: Awareness;
  /** The current user, `null` until they typed a name (then nothing is published). */
  $user: Signal<TLUser | null>;
  role: Role;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

export function bindPresence({
  store,
  awareness,
  $user,
  role,
}: PresenceBindingOptions): () => void {
  // Out: who I am.
  const stopUser = react('werkbord: publish user', () => {
    const user = $user.get();
    const value: AwarenessUser | null = user
      ? { id: UserRecordType.parseId(user.id), name: user.name, color: user.color, role }
      : null;
    awareness.setLocalStateField(AwarenessField.User, value);
  });

  // Out: where I am, throttled.
  const $presence = createPresenceStateDerivation($user)(store);
  let lastPublish = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const publish = () => {
    timer = null;
    lastPublish = Date.now();
    awareness.setLocalStateField(AwarenessField.Presence, trimPresence($presence.get()));
  };
  const stopPresence = react('werkbord: publish presence', () => {
    $presence.get();
    const wait = PRESENCE_INTERVAL_MS - (Date.now() - lastPublish);
    // Always via a timer: writing awareness inside a reaction could re-enter the store.
    timer ??= setTimeout(publish, Math.max(0, wait));
  });

  // In: everyone else.
  const activity = new Map<number, { remote: unknown; local: number }>();
  const recordIdFor = (clientId: number) => InstancePresenceRecordType.createId(`yjs-${clientId}`);

  const toRecord = (clientId: number): TLInstancePresence | null => {
    const state = awareness.getStates().get(clientId);
    const user = readAwarenessUser(state);
    const presence = readAwarenessPresence(state);
    if (!user || !presence) return null;
    const previous = activity.get(clientId);
    const remote = presence.lastActivityTimestamp;
    const local = previous && previous.remote === remote ? previous.local : Date.now();
    activity.set(clientId, { remote, local });
    return InstancePresenceRecordType.create({
      ...(presence as Partial<TLInstancePresence>),
      id: recordIdFor(clientId),
      userId: createUserId(user.id),
      userName: user.name,
      color: user.color,
      currentPageId: presence.currentPageId as TLInstancePresence['currentPageId'],
      lastActivityTimestamp: local,
    });
  };

  const apply = ({ added, updated, removed }: AwarenessChange) => {
    const put: TLInstancePresence[] = [];
    const gone: TLInstancePresence['id'][] = [];
    for (const clientId of [...added, ...updated]) {
      if (clientId === awareness.clientID) continue;
      const record = toRecord(clientId);
      if (record) put.push(record);
      else gone.push(recordIdFor(clientId));
    }
    for (const clientId of removed) {
      activity.delete(clientId);
      gone.push(recordIdFor(clientId));
    }
    store.mergeRemoteChanges(() => {
      for (const record of put) {
        try {
          store.put([record]);
        } catch {
          // A malformed presence from another browser: ignore that cursor, keep the board.
        }
      }
      const present = gone.filter((id) => store.has(id));
      if (present.length > 0) store.remove(present);
    });
  };
  const onChange = (change: AwarenessChange) => apply(change);
  awareness.on('change', onChange);
  apply({ added: [...awareness.getStates().keys()], updated: [], removed: [] });

  return () => {
    awareness.off('change', onChange);
    stopUser();
    stopPresence();
    if (timer !== null) clearTimeout(timer);
    awareness.setLocalState(null);
    const mine = store
      .allRecords()
      .filter((record) => record.typeName === 'instance_presence')
      .map((record) => record.id);
    if (mine.length > 0) store.mergeRemoteChanges(() => store.remove(mine));
  };
}
