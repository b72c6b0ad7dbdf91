/**
 * Borden vergelijken, for whoever holds a begeleider link of both boards:
 *   POST /api/compare  {boards: [{boardId, token}, {boardId, token}]}
 *                      → 200 {boards: [a, b] with their documents, comparison}
 * The tokens are in the body, not the URL, so no log line, proxy log or browser history holds
 * them. A wrong link counts as one for the limit per address, as on every board route; two
 * boards of different werkvormen are refused (`different_werkvorm`).
 */
import {
  ApiErrorCode,
  BOARD_ID_PATTERN,
  type BoardCredential,
  type CompareBoardsRequest,
  Role,
} from '@werkbord/shared';
import { compareStoredBoards } from '../boards/boardComparison.js';
import type { BoardService } from '../boards/BoardService.js';
import type { DocumentReader } from '../boards/DocumentReader.js';
import { boardNotFound, granted } from './boardAccess.js';
import { HttpError, readJsonBody, sendJson } from './json.js';
import type { Route } from './router.js';

const BODY_LIMIT_BYTES = 4 * 1024;

export interface CompareRoutesOptions {
  boards: BoardService;
  documents: DocumentReader;
}

export function compareRoutes({ boards, documents }: CompareRoutesOptions): Route[] {
  return [
    {
      method: 'POST',
      pattern: /^\/api\/compare$/,
      async handle({ req, res }) {
        const [a, b] = parseCompareRequest(await readJsonBody(req, BODY_LIMIT_BYTES));
        const records = [];
        for (const { boardId, token } of [a, b]) {
          if (!BOARD_ID_PATTERN.test(boardId)) throw boardNotFound();
          const { board, role } = granted(await boards.access(boardId, token));
          if (role !== Role.Facilitator) {
            throw new HttpError(
              403,
              ApiErrorCode.Forbidden,
              'Vergelijken kan alleen met de begeleiderslink van beide borden.',
            );
          }
          records.push(board);
        }
        const [ra, rb] = records as [(typeof records)[0], (typeof records)[0]];
        const body = await compareStoredBoards(documents, ra, rb);
        if (body === null) {
          throw new HttpError(
            400,
            ApiErrorCode.DifferentWerkvorm,
            'Deze borden hebben een andere werkvorm. Vergelijk borden van dezelfde werkvorm.',
          );
        }
        sendJson(res, 200, body);
      },
    },
  ];
}

/** Validates `POST /api/compare`: two different boards, each with a token. */
export function parseCompareRequest(body: unknown): [BoardCredential, BoardCredential] {
  const boards = (body as Partial<CompareBoardsRequest> | null)?.boards as unknown;
  if (!Array.isArray(boards) || boards.length !== 2 || !boards.every(isCredential)) {
    throw badRequest('Stuur {"boards": [{"boardId", "token"}, {"boardId", "token"}]}.');
  }
  const [a, b] = boards as [BoardCredential, BoardCredential];
  if (a.boardId === b.boardId) throw badRequest('Kies twee verschillende borden.');
  return [a, b];
}

function isCredential(value: unknown): value is BoardCredential {
  const credential = value as Partial<BoardCredential> | null;
  return typeof credential?.boardId === 'string' && typeof credential.token === 'string';
}

const badRequest = (message: string) => new HttpError(400, ApiErrorCode.BadRequest, message);
