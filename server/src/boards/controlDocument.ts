/**
 * The control document a board starts with: which werkvorm it runs, its title, when it began,
 * its validated settings, the first step, and the session keys it starts with (anoniem schrijven);
 * a board made from another one also the board settings it carries (`boardCopy.ts`).
 */
import * as Y from 'yjs';
import { BoardKey, CONTROL_BOARD } from '@werkbord/shared';

export interface ControlIdentity {
  werkvorm: string;
  title: string;
  createdAt: string;
}

/**
 * The first update of a board's control document; `settings` must already be validated, and so
 * must `carried`: session keys the board starts with (anoniem schrijven) or the board settings a
 * copy carries. The board's identity and step are set after them, so they cannot be overridden.
 */
export function initialControlUpdate(
  { werkvorm, title, createdAt }: ControlIdentity,
  settings: unknown,
  carried: Readonly<Record<string, unknown>> = {},
): Uint8Array {
  const doc = new Y.Doc();
  const board = doc.getMap<unknown>(CONTROL_BOARD);
  doc.transact(() => {
    for (const [key, value] of Object.entries(carried)) board.set(key, value);
    board.set(BoardKey.Werkvorm, werkvorm);
    board.set(BoardKey.Title, title);
    board.set(BoardKey.CreatedAt, createdAt);
    board.set(BoardKey.Settings, settings);
    board.set(BoardKey.Step, 0);
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
