/**
 * Momentopnamen as a relay extension: restoring a snapshot into the live documents (one server
 * write per document, see `restore.ts`), and automatic snapshots, told when a board's content
 * or control change is stored and when its content room unloaded (its last person left).
 */
import { contentRoom, controlRoom, DocKind } from '@werkbord/shared';
import * as Y from 'yjs';
import type { RelayContext, RelayExtension } from '../../relay/RelayExtension.js';
import type { Room } from '../../relay/Room.js';
import { AutoSnapshotter, type AutoSnapshotterOptions } from './autoSnapshots.js';
import { restoreDocuments } from './restore.js';

export interface BoardDocuments {
  content: Uint8Array;
  control: Uint8Array;
}

export class Snapshots implements RelayExtension {
  readonly name = 'momentopnamen';
  #context: RelayContext | null = null;
  /** Automatic snapshots, when they are on (`WERKBORD_AUTO_SNAPSHOT_MINUTES`). */
  readonly automatic: AutoSnapshotter | null;

  constructor(automatic: AutoSnapshotterOptions | null) {
    this.automatic = automatic === null ? null : new AutoSnapshotter(automatic);
  }

  setup(context: RelayContext): void {
    this.#context = context;
  }

  afterStored(room: Room): void {
    if (this.automatic === null || room.kind === DocKind.Private) return;
    this.automatic.changed(room.boardId);
  }

  afterUnload(room: Room): void {
    if (this.automatic === null || room.kind !== DocKind.Content) return;
    void this.automatic.idle(room.boardId);
  }

  /** The board was deleted: no automatic snapshot is saved for it any more. */
  forget(boardId: string): void {
    this.automatic?.forget(boardId);
  }

  /**
   * Restores a snapshot's documents into the board's live ones; resolves with the live state
   * just before, taken in the same step, for the "voor herstel" snapshot.
   */
  async restore(boardId: string, snapshot: BoardDocuments): Promise<BoardDocuments> {
    if (this.#context === null) throw new Error('the relay has not started');
    const snapshotDocs = { content: new Y.Doc(), control: new Y.Doc() };
    Y.applyUpdate(snapshotDocs.content, snapshot.content);
    Y.applyUpdate(snapshotDocs.control, snapshot.control);
    const names = [contentRoom(boardId), controlRoom(boardId)];
    try {
      return await this.#context.withRooms(names, ([content, control]) => {
        if (content === undefined || control === undefined) throw new Error('rooms missing');
        const before = {
          content: Y.encodeStateAsUpdate(content.doc),
          control: Y.encodeStateAsUpdate(control.doc),
        };
        restoreDocuments({ content: content.doc, control: control.doc }, snapshotDocs);
        return before;
      });
    } finally {
      snapshotDocs.content.destroy();
      snapshotDocs.control.destroy();
    }
  }
}
