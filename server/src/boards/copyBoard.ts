/**
 * "Nieuw bord van dit bord": a new board, with its own three links, from the live board (empty,
 * or with its prepared cards) or from one of its momentopnamen. What is taken along is decided
 * in `boardCopy.ts`; here the source documents are read and the board is made.
 */
import {
  BoardKey,
  CONTENT_RECORDS,
  CONTROL_BOARD,
  contentRoom,
  controlRoom,
  CopySource,
  readAnonymous,
  SessionKey,
  TITLE_MAX_LENGTH,
} from '@werkbord/shared';
import * as Y from 'yjs';
import type { BoardRecord, SnapshotRecord } from '../storage/Storage.js';
import { anonymousCopy, carriedControl, copiedSettings, preparedRecords } from './boardCopy.js';
import type { BoardService, NewBoard } from './BoardService.js';
import type { DocumentReader } from './DocumentReader.js';
import { boardWerkvorm } from './harvest.js';
import { latestRecords } from './records.js';

export interface CopyRequest {
  source: CopySource;
  /** With `snapshot`. */
  snapshotId?: string;
  /** Already checked; the source's title when left out. */
  title?: string;
}

export interface CopySources {
  boards: BoardService;
  documents: DocumentReader;
  snapshot(boardId: string, snapshotId: string): Promise<SnapshotRecord | null>;
}

/** Makes the copy; `null` when the asked momentopname does not exist. */
export async function copyBoard(
  { boards, documents, snapshot }: CopySources,
  source: BoardRecord,
  request: CopyRequest,
): Promise<NewBoard | null> {
  const docs = await sourceDocuments(documents, snapshot, source, request);
  if (docs === null) return null;
  const { content, control, anonymousNow } = docs;
  try {
    const map = control.getMap<unknown>(CONTROL_BOARD);
    const werkvorm = boardWerkvorm(source, control);
    const withCards = request.source !== CopySource.Empty;
    const settings = copiedSettings(werkvorm, map.get(BoardKey.Settings), withCards);
    const records = latestRecords(content.getArray<unknown>(CONTENT_RECORDS));
    const start = {
      control: carriedControl(control),
      content:
        request.source === CopySource.Prepared
          ? preparedRecords(records, werkvorm, werkvorm.layout(settings))
          : request.source === CopySource.Snapshot
            ? records
            : undefined,
    };
    const title = request.title ?? titleOf(source, map);
    // Anonymous now, or when the momentopname was made: the copy is anonymous (`boardCopy.ts`).
    if (!anonymousNow && !readAnonymous(map.get(SessionKey.Anonymous))) {
      return await boards.create(werkvorm.id, title, settings, start);
    }
    const unnamed = anonymousCopy(start.content, settings);
    return await boards.create(werkvorm.id, title, unnamed.settings, {
      control: { ...start.control, [SessionKey.Anonymous]: true },
      content: unnamed.records,
    });
  } finally {
    content.destroy();
    control.destroy();
  }
}

async function sourceDocuments(
  documents: DocumentReader,
  snapshot: CopySources['snapshot'],
  source: BoardRecord,
  request: CopyRequest,
): Promise<{ content: Y.Doc; control: Y.Doc; anonymousNow: boolean } | null> {
  const live = await documents.read(controlRoom(source.boardId));
  const anonymousNow = readAnonymous(live.getMap<unknown>(CONTROL_BOARD).get(SessionKey.Anonymous));
  if (request.source !== CopySource.Snapshot) {
    const content = await documents.read(contentRoom(source.boardId));
    return { content, control: live, anonymousNow };
  }
  live.destroy();
  const stored = await snapshot(source.boardId, request.snapshotId ?? '');
  if (stored === null) return null;
  const content = new Y.Doc();
  const control = new Y.Doc();
  Y.applyUpdate(content, stored.content);
  Y.applyUpdate(control, stored.control);
  return { content, control, anonymousNow };
}

/** The title the begeleider gave the board (the control document's), within the limit. */
function titleOf(source: BoardRecord, control: Y.Map<unknown>): string {
  const title = control.get(BoardKey.Title);
  const trimmed = typeof title === 'string' ? title.trim() : '';
  return [...(trimmed || source.title)].slice(0, TITLE_MAX_LENGTH).join('');
}
