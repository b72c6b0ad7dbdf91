/**
 * The control document a board starts with: which werkvorm it runs, its title, when it began,
 * its validated settings, and the first step; a board made from another one also the board
 * settings it carries (`boardCopy.ts`).
 */
import * as Y from 'yjs';
import { BoardKey, CONTROL_BOARD } from '@werkbord/shared';

export interface ControlIdentity {
  werkvorm: string;
  title: string;
  createdAt: string;
}

/** The first update of a board's control document; `settings` must already be validated. */
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
