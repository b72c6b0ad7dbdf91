/**
 * The harvest of a stored board: the tldraw records of its content document and the werkvorm,
 * settings and vote totals of its control document, through the same `harvestBoard` the client
 * uses. The records come from other people's browsers: what is not a record is skipped and
 * reported (`SkippedRecords`), never thrown on.
 */
import {
  BoardKey,
  CONTENT_RECORDS,
  CONTROL_BOARD,
  contentRoom,
  controlRoom,
  findWerkvorm,
  harvestBoard,
  latestRecordValues,
  LeegBord,
  type Harvest,
  readAnonymous,
  SessionKey,
  type Werkvorm,
} from '@werkbord/shared';
import type * as Y from 'yjs';
import type { BoardRecord } from '../storage/Storage.js';
import type { DocumentReader, SkippedRecords } from './DocumentReader.js';

export interface BoardHarvest {
  /** The title in the control document (the board's stored title when it has none). */
  title: string;
  harvest: Harvest;
}

/**
 * The tldraw records of a content document as y-utility's `YKeyValue` reads them (of duplicate
 * keys the rightmost wins), skipping elements that are not `{key, val}` entries.
 */
export function contentRecords(doc: Y.Doc, onSkipped?: (count: number) => void): unknown[] {
  const { values, skipped } = latestRecordValues(doc.getArray<unknown>(CONTENT_RECORDS).toArray());
  if (skipped > 0) onSkipped?.(skipped);
  return [...values.values()];
}

export async function harvestOf(reader: DocumentReader, board: BoardRecord): Promise<BoardHarvest> {
  const [content, control] = await Promise.all([
    reader.read(contentRoom(board.boardId)),
    reader.read(controlRoom(board.boardId)),
  ]);
  try {
    return harvestOfDocuments(board, content, control, reader.skipped);
  } finally {
    content.destroy();
    control.destroy();
  }
}

/**
 * The board's werkvorm: the control document is the live truth; the board row and then the blank
 * board are fallbacks for a document that lost it (or a werkvorm this version no longer knows).
 */
export function boardWerkvorm(board: BoardRecord, control: Y.Doc): Werkvorm {
  const id = control.getMap<unknown>(CONTROL_BOARD).get(BoardKey.Werkvorm);
  return (
    (typeof id === 'string' ? findWerkvorm(id) : undefined) ??
    findWerkvorm(board.werkvorm) ??
    LeegBord.leegBord
  );
}

/** Whether the board of this control document is written anonymously ("anoniem schrijven"). */
export function isAnonymous(control: Y.Doc): boolean {
  return readAnonymous(control.getMap<unknown>(CONTROL_BOARD).get(SessionKey.Anonymous));
}

/**
 * The harvest of a board's content and control documents (live ones or a snapshot's). It names
 * no author when the control document says the board is anonymous, or when `anonymous` does (a
 * momentopname from before, of a board that is anonymous now).
 */
export function harvestOfDocuments(
  board: BoardRecord,
  content: Y.Doc,
  control: Y.Doc,
  skipped?: SkippedRecords,
  anonymous = false,
): BoardHarvest {
  const map = control.getMap<unknown>(CONTROL_BOARD);
  const werkvorm = boardWerkvorm(board, control);
  const title = map.get(BoardKey.Title);
  return {
    title: typeof title === 'string' && title.trim() ? title : board.title,
    harvest: harvestBoard(
      werkvorm,
      contentRecords(content, (count) => skipped?.(board.boardId, count)),
      map.get(BoardKey.Settings),
      [],
      map.get(SessionKey.VoteTotals),
      { anonymous: anonymous || isAnonymous(control) },
    ),
  };
}
