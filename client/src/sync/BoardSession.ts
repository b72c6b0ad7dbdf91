/**
 * Everything one open board needs to stay in sync, created when the board page mounts and
 * destroyed when it unmounts:
 * - the content room (tldraw records) and the control room (werkvorm, settings), each a
 *   `RoomConnection` (Y.Doc + IndexedDB + WebSocket);
 * - for participants and the begeleider, their private room (private cards, votes), named after
 *   this browser's member key for the board (given by the caller: `private/` keeps the keys);
 * - the tldraw store, bound to the content document and to awareness once local data is loaded;
 *   what it may route elsewhere comes from the caller too (`routerFor`).
 *
 * Order of start-up: wait for IndexedDB (so a reload while offline shows the offline edits);
 * if that left the document empty, wait briefly for the server too, so a newcomer gets the board
 * instead of a blank page that flashes; then bind.
 */
import {
  CONTENT_RECORDS,
  PRESENCE_KEY_PARAM,
  Role,
  contentRoom,
  controlRoom,
  memberIdForKey,
  privateRoom,
} from '@werkbord/shared';
import {
  atom,
  createTLStore,
  type Signal,
  type TLAnyBindingUtilConstructor,
  type TLAnyShapeUtilConstructor,
  type TLRecord,
  type TLStore,
  type TLUser,
} from 'tldraw';
import { loadPresenceKey } from '../identity/presenceKey';
import { ConnectionStatus, type ConnectionState } from '../state/connectionState';
import { ColourAgreement } from './ColourAgreement';
import { bindPresence } from './presenceBinding';
import { RecordKeyValue } from './RecordKeyValue';
import type { RecordRouter } from './RecordRouter';
import { RoomConnection } from './RoomConnection';
import { bindStoreToDocument } from './storeBinding';
import { syncServerUrl } from './syncUrl';

/** How long a newcomer with an empty local copy waits for the server before showing the board. */
const FIRST_SYNC_TIMEOUT_MS = 5_000;

export interface BoardSessionOptions {
  boardId: string;
  token: string;
  role: Role;
  /** This browser's stable user id (also before the person has a name). */
  userId: string;
  $user: Signal<TLUser | null>;
  /** The store's schema: the board's shapes and bindings (the editor must get the same lists). */
  shapeUtils: readonly TLAnyShapeUtilConstructor[];
  bindingUtils: readonly TLAnyBindingUtilConstructor[];
  /** This browser's member key of the board, for its private room; writers only. */
  memberKey?: () => string;
  /** Routes some of the person's own records to the private room's records. */
  routerFor?: (privateRecords: RecordKeyValue<TLRecord>) => RecordRouter;
}

export class BoardSession {
  readonly content: RoomConnection;
  readonly control: RoomConnection;
  readonly store: TLStore;
  readonly records: RecordKeyValue<TLRecord>;
  /** My colour among the people present on the board. */
  readonly colour: ColourAgreement;
  /** This member's private room (private cards, votes); `null` for viewers. Set before `ready`. */
  privateConnection: RoomConnection | null = null;
  /** The private document's records; `null` for viewers. Set before `ready`. */
  privateRecords: RecordKeyValue<TLRecord> | null = null;
  /** Resolves when the store holds the board and both bindings run. */
  readonly ready: Promise<void>;

  private readonly $online = atom<'online' | 'offline'>('werkbord: online', 'offline');
  private readonly unbinds: Array<() => void> = [];
  private destroyed = false;

  private readonly options: BoardSessionOptions;

  constructor(options: BoardSessionOptions) {
    const { boardId, token, role, userId, $user, shapeUtils, bindingUtils } = options;
    this.options = options;
    const serverUrl = syncServerUrl(window.location);
    // The presence key proves who this browser is in presence (the server derives its user id).
    this.content = new RoomConnection({
      serverUrl,
      room: contentRoom(boardId),
      token,
      params: { [PRESENCE_KEY_PARAM]: loadPresenceKey() },
    });
    this.control = new RoomConnection({ serverUrl, room: controlRoom(boardId), token });
    // Nobody draws on the control document; keep it out of presence entirely.
    this.control.awareness.setLocalState(null);
    this.colour = new ColourAgreement({ awareness: this.content.awareness, boardId, userId });

    this.records = new RecordKeyValue(this.content.doc.getArray<unknown>(CONTENT_RECORDS));
    const writable = role !== Role.Viewer;
    this.store = createTLStore({
      shapeUtils,
      bindingUtils,
      users: { currentUser: $user },
      // tldraw's documented hooks for a collaborative store: its UI shows the offline state, and
      // `mode: readonly` puts the editor in read-only mode for viewers.
      collaboration: {
        status: this.$online,
        mode: atom('werkbord: mode', writable ? 'readwrite' : 'readonly'),
      },
    });

    this.unbinds.push(this.content.subscribe((state) => this.$online.set(toOnline(state))));
    this.$online.set(toOnline(this.content.getState()));

    this.ready = this.start(writable, role, $user, serverUrl, boardId, token);
  }

  private async start(
    writable: boolean,
    role: Role,
    $user: Signal<TLUser | null>,
    serverUrl: string,
    boardId: string,
    token: string,
  ): Promise<void> {
    const loadMemberKey = this.options.memberKey;
    if (writable && loadMemberKey) {
      const memberKey = loadMemberKey();
      const room = privateRoom(boardId, await memberIdForKey(memberKey));
      if (this.destroyed) return;
      // The presence key here too: the server counts this room's cards for this person.
      this.privateConnection = new RoomConnection({
        serverUrl,
        room,
        token,
        params: { k: memberKey, [PRESENCE_KEY_PARAM]: loadPresenceKey() },
      });
      this.privateConnection.awareness.setLocalState(null);
      this.privateRecords = new RecordKeyValue(
        this.privateConnection.doc.getArray<unknown>(CONTENT_RECORDS),
      );
    }
    await Promise.all([this.content.whenLocalLoaded, this.privateConnection?.whenLocalLoaded]);
    if (this.records.map.size === 0) {
      await this.content.whenServerSyncedOrUnavailable(FIRST_SYNC_TIMEOUT_MS);
    }
    if (this.destroyed) return;
    const { routerFor } = this.options;
    const router = this.privateRecords && routerFor ? routerFor(this.privateRecords) : undefined;
    this.unbinds.push(
      bindStoreToDocument({ store: this.store, records: this.records, writable, router }),
    );
    this.unbinds.push(
      bindPresence({ store: this.store, awareness: this.content.awareness, $user, role }),
    );
  }

  destroy(): void {
    this.destroyed = true;
    for (const unbind of this.unbinds.splice(0).reverse()) unbind();
    this.colour.destroy();
    this.content.destroy();
    this.control.destroy();
    this.privateConnection?.destroy();
  }
}

function toOnline(state: ConnectionState): 'online' | 'offline' {
  return state.status === ConnectionStatus.Connected ? 'online' : 'offline';
}
