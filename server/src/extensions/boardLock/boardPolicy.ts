/**
 * Who may write what to a document, decided per incoming update: the role's write right
 * (`canWrite`), and on a content document the begeleider's lock and locked cards from the
 * board's control document. The control room is loaded with its content room (`BoardLock`);
 * the policy observes its `board` map, so a lock applies from the moment the server has it,
 * whether or not any client has the control document open.
 */
import {
  canWrite,
  CONTROL_BOARD,
  type DocKind,
  readLocked,
  readLockedCards,
  Role,
  SessionKey,
} from '@werkbord/shared';
import type * as Y from 'yjs';
import { CoreRefusal } from '../../relay/RelayExtension.js';
import { touchedKey } from '../../relay/updateInspection.js';

/** Why the lock drops an update. */
export const LockRefusal = {
  /** The board is locked and the writer is a participant. */
  BoardLocked: 'board-locked',
  /** The update touches a locked card and the writer is a participant. */
  CardLocked: 'card-locked',
} as const;
export type LockRefusal = (typeof LockRefusal)[keyof typeof LockRefusal];

/** A room as the lock judges it: its kind, its doc and (a content room's) policy. */
export interface LockedRoom {
  kind: DocKind;
  doc: Y.Doc;
  policy: BoardPolicy | null;
}

/** The lock state of one board, kept current from its control room's `board` map. */
export class BoardPolicy {
  /** The board's control room; it stays loaded while the content room holds this policy. */
  readonly control: { doc: Y.Doc };
  readonly #board: Y.Map<unknown>;
  #locked = false;
  #lockedCards: ReadonlySet<string> = new Set();

  constructor(control: { doc: Y.Doc }) {
    this.control = control;
    this.#board = control.doc.getMap(CONTROL_BOARD);
    this.#board.observe(this.#onChange);
    this.#read();
  }

  get locked(): boolean {
    return this.#locked;
  }

  get lockedCards(): ReadonlySet<string> {
    return this.#lockedCards;
  }

  /** Stops observing the control document (the content room unloads). */
  dispose(): void {
    this.#board.unobserve(this.#onChange);
  }

  readonly #onChange = (event: Y.YMapEvent<unknown>): void => {
    if (event.keysChanged.has(SessionKey.Locked) || event.keysChanged.has(SessionKey.LockedCards)) {
      this.#read();
    }
  };

  #read(): void {
    this.#locked = readLocked(this.#board.get(SessionKey.Locked));
    this.#lockedCards = new Set(readLockedCards(this.#board.get(SessionKey.LockedCards)));
  }
}

/**
 * Why `update` from a connection with `role` must be dropped, or `null` to apply it. The
 * begeleider is never locked out; a participant is while the board is locked, and for updates
 * touching a locked card (inspected only when some card is locked). Throws for an update that
 * cannot be decoded.
 */
export function writeRefusal(
  role: Role | null,
  room: LockedRoom,
  update: Uint8Array,
): LockRefusal | typeof CoreRefusal.Role | null {
  if (role === null || !canWrite(role, room.kind)) return CoreRefusal.Role;
  const policy = room.policy;
  if (role !== Role.Participant || policy === null) return null;
  if (policy.locked) return LockRefusal.BoardLocked;
  if (policy.lockedCards.size > 0 && touchedKey(update, room.doc, policy.lockedCards) !== null) {
    return LockRefusal.CardLocked;
  }
  return null;
}
