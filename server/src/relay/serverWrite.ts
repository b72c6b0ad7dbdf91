/**
 * The one way the server writes to a document (onthullen, taking back refused dots, vote
 * totals, a restore): one transaction, stored and then broadcast to every client of the room
 * like a client's update, the writer's own clients included. Judging hooks never see it.
 */
import type * as Y from 'yjs';

/** Transaction origin of the server's own changes. */
export const FROM_SERVER = Symbol('from server');

export function serverWrite(doc: Y.Doc, change: () => void): void {
  doc.transact(change, FROM_SERVER);
}
