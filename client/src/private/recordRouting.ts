/**
 * Where a person's own edits go while "privé schrijven" can be on: the content document everyone
 * sees, or their private document nobody else sees. Pure decisions; the store binding
 * (`sync/storeBinding.ts`) applies them.
 *
 * - A record that lives in the private document stays there when it changes or is deleted.
 * - A record created while private writing is on goes there if it is a shape or a binding (a
 *   relation's ends): what "onthullen" moves onto the board. An asset (a pasted image's data)
 *   goes to the board at once, or the revealed image would have nothing to show; without its
 *   shape nobody sees it.
 * - At any time, a binding that touches a private shape and a shape inside a private shape go
 *   there too, so nobody else sees half a relation.
 * - A person's marker (`werkbord-markering`) goes to the board at once, always: it is where they
 *   stand, seen by all, and the server takes back any marker in a private document.
 * - Everything else (pages, the document, changes to cards on the board) goes to the content doc.
 */
import { ShapeType } from '@werkbord/shared';
import type { TLRecord } from 'tldraw';

// The order in which the store binding hands new records over; routing relies on it.
export { shapesFirst } from '../sync/writeBatch';

export const Destination = {
  Content: 'content',
  Private: 'private',
} as const;
export type Destination = (typeof Destination)[keyof typeof Destination];

export interface RoutingContext {
  /** Whether the record is in the private document, or on its way there. */
  isPrivate(id: string): boolean;
  /** Whether the begeleider has "privé schrijven" on right now. */
  privateWriting: boolean;
}

/** Whether a record the person just created belongs in their private document. */
export function createsPrivately(record: TLRecord, context: RoutingContext): boolean {
  switch (record.typeName) {
    case 'binding':
      return (
        context.privateWriting || context.isPrivate(record.fromId) || context.isPrivate(record.toId)
      );
    case 'shape':
      if (record.type === ShapeType.Markering) return false;
      return context.privateWriting || context.isPrivate(record.parentId);
    default:
      return false;
  }
}

/** Where a change of a record goes, once it is known whether it lives privately. */
export function destinationOf(id: string, context: Pick<RoutingContext, 'isPrivate'>): Destination {
  return context.isPrivate(id) ? Destination.Private : Destination.Content;
}
