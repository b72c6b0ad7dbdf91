/**
 * The public HTTP API (its shape is a contract with the client and with scripts):
 *   POST /api/boards            {werkvorm, title, settings?, anonymous?} → 201 {boardId, links};
 *                               400 with `fields` when the werkvorm refuses the settings
 *   GET  /api/boards/<id>?t=…   → BoardInfo with the caller's role; 403 wrong token, 404 unknown board
 *   GET  /api/boards/<id>/harvest?t=…[&format=markdown|csv&table=…&lang=en] → the board's harvest
 *   POST /api/boards/<id>/reveal?t=<facilitator token> → {revealed}: onthullen (private cards onto
 *                               the board); 403 for other roles, 404 unknown board
 *   …/snapshots, harvest.csv/.md and DELETE /api/boards/<id>: see snapshotRoutes.ts
 *   …/join-code and POST /api/join ("Doe mee"): see joinRoutes.ts
 *   POST /api/boards/<id>/copies: see copyRoutes.ts; POST /api/compare: see compareRoutes.ts
 *   GET  /api/config            → {tldrawLicenseKey}
 *   GET  /api/time              → {now}: the server's clock in ms since 1970 (timers), no-store
 *   /healthz, /readyz, /metrics and /api/openapi.json: see opsRoutes.ts; the whole API is
 *   described by the OpenAPI document in `openapi/`
 */
import {
  ApiErrorCode,
  BOARD_ID_PATTERN,
  type BoardInfo,
  type ClientConfig,
  type CreateBoardRequest,
  findWerkvorm,
  type RevealResponse,
  Role,
  SessionKey,
  type ServerTime,
} from '@werkbord/shared';
import type { BoardService } from '../boards/BoardService.js';
import type { DocumentReader } from '../boards/DocumentReader.js';
import type { JoinCodes } from '../boards/joinCodes.js';
import { harvestOf } from '../boards/harvest.js';
import type { SnapshotService } from '../extensions/snapshots/SnapshotService.js';
import { boardNotFound, granted } from './boardAccess.js';
import { compareRoutes } from './compareRoutes.js';
import { copyRoutes } from './copyRoutes.js';
import { sendHarvest } from './harvestResponse.js';
import { HttpError, readJsonBody, sendJson } from './json.js';
import { joinRoutes } from './joinRoutes.js';
import { newBoardBody, parseTitle } from './newBoard.js';
import type { Route } from './router.js';
import { snapshotRoutes } from './snapshotRoutes.js';

/** Request bodies are small JSON objects; anything bigger is a mistake or an attack. */
const BODY_LIMIT_BYTES = 16 * 1024;

export interface ApiRoutesOptions {
  boards: BoardService;
  /** Reads board documents (live or stored) for the harvest. */
  documents: DocumentReader;
  /** Onthullen: moves a board's private cards onto it, resolving with how many were added. */
  reveal: (boardId: string) => Promise<number>;
  /** Snapshots (momentopnamen) and deleting a board. */
  snapshots: SnapshotService;
  /** "Doe mee" codes. */
  joinCodes: JoinCodes;
  tldrawLicenseKey: string | null;
}

export function apiRoutes({
  boards,
  documents,
  reveal,
  snapshots,
  joinCodes,
  tldrawLicenseKey,
}: ApiRoutesOptions): Route[] {
  return [
    ...snapshotRoutes({ boards, documents, snapshots }),
    ...joinRoutes({ boards, codes: joinCodes }),
    ...copyRoutes({ boards, documents, snapshots }),
    ...compareRoutes({ boards, documents }),
    {
      method: 'POST',
      pattern: /^\/api\/boards$/,
      async handle({ req, res }) {
        const { werkvorm, title, settings, anonymous } = parseCreateBoard(
          await readJsonBody(req, BODY_LIMIT_BYTES),
        );
        const session = anonymous ? { [SessionKey.Anonymous]: true } : {};
        sendJson(
          res,
          201,
          newBoardBody(await boards.create(werkvorm, title, settings, { control: session })),
        );
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/boards\/([^/]+)$/,
      async handle({ res, url, params: [boardId = ''] }) {
        if (!BOARD_ID_PATTERN.test(boardId)) throw boardNotFound();
        const { board, role } = granted(await boards.access(boardId, url.searchParams.get('t')));
        const body: BoardInfo = {
          boardId: board.boardId,
          title: board.title,
          werkvorm: board.werkvorm,
          createdAt: board.createdAt,
          role,
        };
        sendJson(res, 200, body);
      },
    },
    {
      // Every role may read the harvest: it is what the board shows, as data.
      method: 'GET',
      pattern: /^\/api\/boards\/([^/]+)\/harvest$/,
      async handle({ res, url, params: [boardId = ''] }) {
        if (!BOARD_ID_PATTERN.test(boardId)) throw boardNotFound();
        const { board } = granted(await boards.access(boardId, url.searchParams.get('t')));
        sendHarvest(res, url.searchParams, await harvestOf(documents, board));
      },
    },
    {
      // Onthullen is the begeleider's: it ends everyone's private writing at once.
      method: 'POST',
      pattern: /^\/api\/boards\/([^/]+)\/reveal$/,
      async handle({ res, url, params: [boardId = ''] }) {
        if (!BOARD_ID_PATTERN.test(boardId)) throw boardNotFound();
        const { role } = granted(await boards.access(boardId, url.searchParams.get('t')));
        if (role !== Role.Facilitator) {
          throw new HttpError(
            403,
            ApiErrorCode.Forbidden,
            'Alleen de begeleider kan de kaarten onthullen.',
          );
        }
        const body: RevealResponse = { revealed: await reveal(boardId) };
        sendJson(res, 200, body);
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/config$/,
      handle({ res }) {
        const body: ClientConfig = { tldrawLicenseKey };
        sendJson(res, 200, body);
      },
    },
    {
      // Timers run on the server's clock, so every device shows the same time left.
      method: 'GET',
      pattern: /^\/api\/time$/,
      handle({ res }) {
        const body: ServerTime = { now: Date.now() };
        sendJson(res, 200, body);
      },
    },
  ];
}

/**
 * Validates `POST /api/boards`; the title is trimmed and counted in characters, the settings are
 * checked by the werkvorm (its defaults when left out).
 */
export function parseCreateBoard(body: unknown): Required<CreateBoardRequest> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(
      400,
      ApiErrorCode.BadRequest,
      'Stuur een JSON-object met "werkvorm" en "title".',
    );
  }
  const { werkvorm, title, settings, anonymous = false } = body as Record<string, unknown>;
  const schema = typeof werkvorm === 'string' ? findWerkvorm(werkvorm)?.settings : undefined;
  if (typeof werkvorm !== 'string' || schema === undefined) {
    throw new HttpError(
      400,
      ApiErrorCode.UnknownWerkvorm,
      'Kies een bestaande werkvorm voor dit bord.',
    );
  }
  const trimmed = parseTitle(title);
  if (typeof anonymous !== 'boolean') {
    throw new HttpError(400, ApiErrorCode.BadRequest, '"anonymous" moet true of false zijn.');
  }
  if (settings === undefined) {
    return { werkvorm, title: trimmed, settings: schema.defaults(), anonymous };
  }
  const result = schema.validate(settings);
  if (!result.ok) {
    throw new HttpError(
      400,
      ApiErrorCode.InvalidSettings,
      `De instellingen kloppen niet. ${result.errors.map((error) => error.message.nl).join(' ')}`,
      result.errors.map(({ field, message }) => ({ field, message })),
    );
  }
  return { werkvorm, title: trimmed, settings: result.value, anonymous };
}
