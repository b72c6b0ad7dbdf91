/** The control document a board starts with: which werkvorm it runs, its title, when it began. */
import * as Y from 'yjs';
import { BoardKey, CONTROL_BOARD } from '@werkbord/shared';

export interface ControlIdentity {
  werkvorm: string;
  title: string;
  createdAt: string;
}

/** The first update of a board's control document. */
export function initialControlUpdate({ werkvorm, title, createdAt }: ControlIdentity): Uint8Array {
  const doc = new Y.Doc();
  const board = doc.getMap<unknown>(CONTROL_BOARD);
  doc.transact(() => {
    board.set(BoardKey.Werkvorm, werkvorm);
    board.set(BoardKey.Title, title);
    board.set(BoardKey.CreatedAt, createdAt);
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
