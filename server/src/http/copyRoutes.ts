/**
 * "Nieuw bord van dit bord", for the begeleider (facilitator token; 403 otherwise):
 *   POST /api/boards/<id>/copies?t=<f>  {source: "empty" | "prepared" | "snapshot", snapshotId?, title?}
 *                                       → 201 {boardId, links}: a new board with its own links
 * What the copy takes along: `boards/boardCopy.ts`. It counts as a new board for the limit per
 * address (`ipLimits.ts`).
 */
import {
  ApiErrorCode,
  BOARD_ID_PATTERN,
  type CopyBoardRequest,
  CopySource,
  SNAPSHOT_ID_PATTERN,
} from '@werkbord/shared';
import type { BoardService } from '../boards/BoardService.js';
import { copyBoard, type CopyRequest } from '../boards/copyBoard.js';
import type { DocumentReader } from '../boards/DocumentReader.js';
import type { SnapshotService } from '../extensions/snapshots/SnapshotService.js';
import { boardNotFound, grantedToFacilitator } from './boardAccess.js';
import { HttpError, readJsonBody, sendJson } from './json.js';
import { newBoardBody, parseTitle } from './newBoard.js';
import type { Route } from './router.js';

const BODY_LIMIT_BYTES = 4 * 1024;
const SOURCES: readonly unknown[] = Object.values(CopySource);

export interface CopyRoutesOptions {
  boards: BoardService;
  documents: DocumentReader;
  snapshots: Pick<SnapshotService, 'get'>;
}

/** The path of the copies route: the per-address board limit applies to it too. */
export const COPIES_PATH = /^\/api\/boards\/([^/]+)\/copies$/;

export function copyRoutes({ boards, documents, snapshots }: CopyRoutesOptions): Route[] {
  return [
    {
      method: 'POST',
      pattern: COPIES_PATH,
      async handle({ req, res, url, params: [boardId = ''] }) {
        if (!BOARD_ID_PATTERN.test(boardId)) throw boardNotFound();
        const { board } = grantedToFacilitator(
          await boards.access(boardId, url.searchParams.get('t')),
          'een nieuw bord van dit bord maken',
        );
        const request = parseCopyRequest(await readJsonBody(req, BODY_LIMIT_BYTES));
        const made = await copyBoard(
          { boards, documents, snapshot: (id, snapshotId) => snapshots.get(id, snapshotId) },
          board,
          request,
        );
        if (made === null) {
          throw new HttpError(404, ApiErrorCode.NotFound, 'Deze momentopname bestaat niet (meer).');
        }
        sendJson(res, 201, newBoardBody(made));
      },
    },
  ];
}

/** Validates `POST …/copies`: a known source, a snapshot id with `snapshot`, an optional title. */
export function parseCopyRequest(body: unknown): CopyRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('Stuur een JSON-object met "source".');
  }
  const { source, snapshotId, title } = body as Partial<Record<keyof CopyBoardRequest, unknown>>;
  if (!SOURCES.includes(source)) {
    throw badRequest('"source" moet "empty", "prepared" of "snapshot" zijn.');
  }
  const request: CopyRequest = { source: source as CopySource };
  if (source === CopySource.Snapshot) {
    if (typeof snapshotId !== 'string' || !SNAPSHOT_ID_PATTERN.test(snapshotId)) {
      throw badRequest('Kies de momentopname om van te beginnen ("snapshotId").');
    }
    request.snapshotId = snapshotId;
  }
  if (title !== undefined) request.title = parseTitle(title);
  return request;
}

const badRequest = (message: string) => new HttpError(400, ApiErrorCode.BadRequest, message);
