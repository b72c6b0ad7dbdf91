/**
 * "Anoniem schrijven" as a relay extension: while the board's control document says
 * `anonymous`, no card in its content or private documents carries an author.
 * - A client's update that writes a card with an author is refused before it is applied: never
 *   stored, never relayed (Werkbord's own client writes none; it also takes its own name off its
 *   cards when the setting comes on, so a card written in the same instant converges).
 * - When the setting comes on, the server takes the authors off every card already there, on the
 *   board and in every private document (loaded for it), in one server write per document.
 * - A server write that brings authors back (restoring a momentopname from before) is followed at
 *   once by one that takes them off, and so is a room that loads with authors (a write that was
 *   lost when the server stopped).
 * - A person's marker loses its name, its colour and its user id as owner (`authorless.ts`): its
 *   owner becomes the id only its own browser can compute (`Markers.anonymousMarkerOwner`, from
 *   the presence key of a socket in the room), or, when its person is not here, an id of nobody
 *   (the begeleider can remove it; its person places a new one). The rondes in the settings are
 *   treated alike, with the same owners, so then and now still line up.
 * A content or private room loads its board's control room, to read the setting.
 */
import { randomBytes } from 'node:crypto';
import {
  BoardKey,
  CONTROL_BOARD,
  contentRoom,
  controlRoom,
  DocKind,
  Markers,
  presenceIdForKey,
  privateRoomPrefix,
  readAnonymous,
  SessionKey,
} from '@werkbord/shared';
import type * as Y from 'yjs';
import type { ClientUpdate, RelayContext, RelayExtension } from '../../relay/RelayExtension.js';
import type { Room } from '../../relay/Room.js';
import { serverWrite } from '../../relay/serverWrite.js';
import { roomLogFields } from '../../roomLogFields.js';
import { insertsAuthor, removeAuthors, type OwnerFor } from './authorless.js';

/** A card written with an author while the board is anonymous. */
export const AUTHOR_REFUSED = 'author';

const holdsCards = (room: Room) => room.kind === DocKind.Content || room.kind === DocKind.Private;

export class AnonymousWriting implements RelayExtension {
  readonly name = 'anonymous writing';
  readonly refusals = { [AUTHOR_REFUSED]: 'a card with an author on an anonymous board' };
  #context: RelayContext | null = null;
  /** The observer of each loaded control room's `board` map. */
  readonly #watching = new Map<Room, () => void>();
  /** The control document's `board` map of each loaded content and private room. [1] */
  readonly #settings = new Map<Room, Y.Map<unknown>>();

  setup(context: RelayContext): void {
    this.#context = context;
  }

  roomsNeeded({ kind, boardId }: { kind: DocKind; boardId: string }): string[] {
    return kind === DocKind.Content || kind === DocKind.Private ? [controlRoom(boardId)] : [];
  }

  onLoad(room: Room): void {
    const boardId = room.boardId;
    if (room.kind === DocKind.Control) return this.#watch(room, boardId);
    if (!holdsCards(room)) return;
    const control = room.neededRoom(controlRoom(boardId));
    this.#settings.set(room, control.doc.getMap<unknown>(CONTROL_BOARD));
    room.ready.then(() => this.#removeAuthors(room)).catch(() => {}); // a failed load is logged elsewhere
  }

  judgeUpdate({ room, update }: ClientUpdate): string | null {
    if (!this.#isAnonymous(room)) return null;
    return insertsAuthor(update) ? AUTHOR_REFUSED : null;
  }

  afterStored(room: Room, update: Uint8Array): void {
    if (room.doc.isDestroyed || !this.#isAnonymous(room)) return;
    if (insertsAuthor(update)) this.#removeAuthors(room);
  }

  onUnload(room: Room): void {
    this.#watching.get(room)?.();
    this.#watching.delete(room);
    this.#settings.delete(room);
  }

  /** Follows the setting; when it comes on, the board's cards lose their authors. */
  #watch(control: Room, boardId: string): void {
    const board = control.doc.getMap<unknown>(CONTROL_BOARD);
    const onChange = (event: Y.YMapEvent<unknown>) => {
      if (!event.keysChanged.has(SessionKey.Anonymous)) return;
      if (readAnonymous(board.get(SessionKey.Anonymous))) void this.#removeAllAuthors(boardId);
    };
    board.observe(onChange);
    this.#watching.set(control, () => board.unobserve(onChange));
  }

  /** Whether the board of a content or private room is written anonymously. */
  #isAnonymous(room: Room): boolean {
    const board = this.#settings.get(room);
    return board !== undefined && readAnonymous(board.get(SessionKey.Anonymous));
  }

  async #removeAllAuthors(boardId: string): Promise<void> {
    const context = this.#context;
    if (context === null) return;
    try {
      const privates = await context.roomNames(privateRoomPrefix(boardId));
      await context.withRooms([contentRoom(boardId), ...privates], (rooms) => {
        for (const room of rooms) this.#removeAuthors(room);
      });
    } catch (error) {
      context.log.error({ err: error, boardId }, 'taking the authors off the cards failed');
    }
  }

  #removeAuthors(room: Room): void {
    if (room.doc.isDestroyed || !this.#isAnonymous(room)) return;
    const boardId = room.boardId;
    const ownerFor = anonymousOwners(room, boardId);
    const changed = removeAuthors(room.doc, (change) => serverWrite(room.doc, change), ownerFor);
    if (room.kind === DocKind.Content) this.#removeRondeNames(room, boardId, ownerFor);
    if (changed > 0) {
      this.#context?.log.info({ ...roomLogFields(room.name), cards: changed }, 'authors removed');
    }
  }

  /** The rondes of the board's settings (the control document) without names or colours. */
  #removeRondeNames(room: Room, boardId: string, ownerFor: OwnerFor): void {
    const control = room.neededRoom(controlRoom(boardId));
    if (control.doc.isDestroyed) return;
    const board = control.doc.getMap<unknown>(CONTROL_BOARD);
    const settings = board.get(BoardKey.Settings);
    const anonymous = Markers.settingsWithAnonymousRondes(settings, ownerFor);
    if (anonymous !== settings) {
      serverWrite(control.doc, () => board.set(BoardKey.Settings, anonymous));
    }
  }
}

/**
 * A marker's owner once the board is anonymous: the unlinkable id of the person's browser when it
 * is in the room, else a new id of nobody; the same owner gets the same id within one call.
 */
function anonymousOwners(room: Room, boardId: string): OwnerFor {
  const here = new Map<string, string>();
  for (const connection of room.connections) {
    const key = connection.presenceKey;
    if (key !== null) here.set(presenceIdForKey(key), Markers.anonymousMarkerOwner(key, boardId));
  }
  const nobody = new Map<string, string>();
  return (owner) => {
    const known = here.get(owner) ?? nobody.get(owner);
    if (known !== undefined) return known;
    const id = randomBytes(16).toString('base64url').slice(0, 22);
    nobody.set(owner, id);
    return id;
  };
}

/*
 * [1] Looked up once when the room loads: the setting is read for every update of the board.
 */
