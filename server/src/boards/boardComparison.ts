/**
 * Two stored boards side by side (`POST /api/compare`): each read as its harvest reads it (live
 * room or storage), compared by the shared `compareBoards`, and sent with their documents so the
 * browser draws both boards next to the summary.
 */
import {
  BoardKey,
  type CompareBoardsResponse,
  type ComparedBoardDocuments,
  compareBoards,
  contentRoom,
  CONTROL_BOARD,
  controlRoom,
  SessionKey,
  type Werkvorm,
} from '@werkbord/shared';
import * as Y from 'yjs';
import type { BoardRecord } from '../storage/Storage.js';
import type { DocumentReader } from './DocumentReader.js';
import { boardWerkvorm, contentRecords } from './harvest.js';

interface ReadBoard {
  board: BoardRecord;
  content: Y.Doc;
  control: Y.Doc;
  werkvorm: Werkvorm;
  title: string;
}

/** The comparison, or `null` when the two boards run different werkvormen. */
export async function compareStoredBoards(
  documents: DocumentReader,
  a: BoardRecord,
  b: BoardRecord,
): Promise<CompareBoardsResponse | null> {
  const [ra, rb] = await Promise.all([read(documents, a), read(documents, b)]);
  try {
    if (ra.werkvorm.id !== rb.werkvorm.id) return null;
    const input = (side: ReadBoard) => {
      const map = side.control.getMap<unknown>(CONTROL_BOARD);
      return {
        title: side.title,
        records: contentRecords(side.content, (count) =>
          documents.skipped(side.board.boardId, count),
        ),
        settings: map.get(BoardKey.Settings),
        voteTotals: map.get(SessionKey.VoteTotals),
      };
    };
    return {
      boards: [documentsOf(ra), documentsOf(rb)],
      comparison: compareBoards(ra.werkvorm, input(ra), input(rb)),
    };
  } finally {
    for (const side of [ra, rb]) {
      side.content.destroy();
      side.control.destroy();
    }
  }
}

async function read(documents: DocumentReader, board: BoardRecord): Promise<ReadBoard> {
  const [content, control] = await Promise.all([
    documents.read(contentRoom(board.boardId)),
    documents.read(controlRoom(board.boardId)),
  ]);
  const title = control.getMap<unknown>(CONTROL_BOARD).get(BoardKey.Title);
  return {
    board,
    content,
    control,
    werkvorm: boardWerkvorm(board, control),
    title: typeof title === 'string' && title.trim() ? title : board.title,
  };
}

function documentsOf({
  board,
  content,
  control,
  werkvorm,
  title,
}: ReadBoard): ComparedBoardDocuments {
  return {
    boardId: board.boardId,
    title,
    werkvorm: werkvorm.id,
    createdAt: board.createdAt,
    content: Buffer.from(Y.encodeStateAsUpdate(content)).toString('base64'),
    control: Buffer.from(Y.encodeStateAsUpdate(control)).toString('base64'),
  };
}
