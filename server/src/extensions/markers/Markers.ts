/**
 * Each person's own marker as a relay extension: in every content room a `MarkerGuard` takes
 * back, right after a client's update is applied, what that client may not do to a marker
 * (move another's, make one for someone else, a second on one scale); in private rooms it takes
 * back every marker, so none can reach the board by onthullen. On an anonymous board ("anoniem
 * schrijven") a writer's markers are not owned by its user id, which everyone sees with its name,
 * but by the id only its browser can compute (`Markers.anonymousMarkerOwner`); `anonymousWriting/`
 * keeps names and colours off them.
 */
import {
  CONTROL_BOARD,
  controlRoom,
  DocKind,
  Markers as SharedMarkers,
  readAnonymous,
  SessionKey,
} from '@werkbord/shared';
import type { Connection } from '../../relay/Connection.js';
import { roomLogFields } from '../../roomLogFields.js';
import type { ClientUpdate, RelayContext, RelayExtension } from '../../relay/RelayExtension.js';
import type { Room } from '../../relay/Room.js';
import { MarkerGuard } from './MarkerGuard.js';

/** A marker its writer may not change: put back as it was. */
export const MARKER_REFUSED = 'marker';

export class Markers implements RelayExtension {
  readonly name = 'markers';
  readonly refusals = { [MARKER_REFUSED]: 'marker not the writer’s own' };
  #context: RelayContext | null = null;
  readonly #guards = new Map<Room, MarkerGuard>();

  setup(context: RelayContext): void {
    this.#context = context;
  }

  roomsNeeded({ kind, boardId }: { kind: DocKind; boardId: string }): string[] {
    return kind === DocKind.Content ? [controlRoom(boardId)] : [];
  }

  onLoad(room: Room): void {
    if (room.kind === DocKind.Content) this.#guards.set(room, new MarkerGuard(room.doc, 'content'));
    else if (room.kind === DocKind.Private) {
      this.#guards.set(room, new MarkerGuard(room.doc, 'private'));
    }
  }

  afterApply({ room, connection }: ClientUpdate): string | null {
    const refused = this.#guards
      .get(room)
      ?.takeBack({ role: connection.role, userId: markerOwnerOf(room, connection) });
    if (refused === undefined || refused.length === 0) return null;
    this.#context?.log.info({ ...roomLogFields(room.name), refused }, 'markers taken back');
    return MARKER_REFUSED;
  }

  onUnload(room: Room): void {
    this.#guards.get(room)?.dispose();
    this.#guards.delete(room);
  }
}

/** The owner of the writer's markers in this room: its user id, or on an anonymous board its unlinkable id. */
function markerOwnerOf(room: Room, connection: Connection): string {
  const boardId = room.boardId;
  if (room.kind !== DocKind.Content) return connection.presenceId;
  const control = room.neededRoom(controlRoom(boardId));
  const anonymous = readAnonymous(
    control.doc.getMap<unknown>(CONTROL_BOARD).get(SessionKey.Anonymous),
  );
  if (!anonymous || connection.presenceKey === null) return connection.presenceId;
  return SharedMarkers.anonymousMarkerOwner(connection.presenceKey, boardId);
}
