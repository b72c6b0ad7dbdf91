/**
 * The public HTTP API (its shape is a contract with the client and with scripts):
 *   POST /api/boards            {werkvorm, title} → 201 {boardId, links}
 *   GET  /api/boards/<id>?t=…   → BoardInfo with the caller's role; 403 wrong token, 404 unknown board
 *   GET  /api/config            → {tldrawLicenseKey}
 *   GET  /healthz               → {status: 'ok'}
 *   GET  /metrics               → counters as JSON
 */
import {
  ApiErrorCode,
  BOARD_ID_PATTERN,
  type BoardInfo,
  type ClientConfig,
  type CreateBoardRequest,
  type CreateBoardResponse,
  findWerkvorm,
  TITLE_MAX_LENGTH,
} from '@werkbord/shared';
import type { BoardService } from '../boards/BoardService.js';
import type { MetricsSnapshot } from '../Metrics.js';
import { HttpError, readJsonBody, sendJson } from './json.js';
import type { Route } from './router.js';

/** Request bodies are small JSON objects; anything bigger is a mistake or an attack. */
const BODY_LIMIT_BYTES = 16 * 1024;

export interface ApiRoutesOptions {
  boards: BoardService;
  tldrawLicenseKey: string | null;
  /** Counters for `/metrics`, read at request time. */
  metrics: () => MetricsSnapshot;
}

const boardNotFound = () =>
  new HttpError(404, ApiErrorCode.NotFound, 'Dit bord bestaat niet (meer). Controleer de link.');

export function apiRoutes({ boards, tldrawLicenseKey, metrics }: ApiRoutesOptions): Route[] {
  return [
    {
      method: 'POST',
      pattern: /^\/api\/boards$/,
      async handle({ req, res }) {
        const { werkvorm, title } = parseCreateBoard(await readJsonBody(req, BODY_LIMIT_BYTES));
        const { board, tokens } = await boards.create(werkvorm, title);
        const link = (token: string) => `/b/${board.boardId}?t=${token}`;
        const body: CreateBoardResponse = {
          boardId: board.boardId,
          links: {
            facilitator: link(tokens.facilitator),
            participant: link(tokens.participant),
            viewer: link(tokens.viewer),
          },
        };
        sendJson(res, 201, body);
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/boards\/([^/]+)$/,
      async handle({ res, url, params: [boardId = ''] }) {
        if (!BOARD_ID_PATTERN.test(boardId)) throw boardNotFound();
        const access = await boards.access(boardId, url.searchParams.get('t'));
        switch (access.status) {
          case 'not-found':
            throw boardNotFound();
          case 'missing-token':
            throw new HttpError(
              403,
              ApiErrorCode.MissingToken,
              'Deze link mist de toegangscode. Vraag de begeleider om de volledige link.',
            );
          case 'invalid-token':
            throw new HttpError(
              403,
              ApiErrorCode.InvalidToken,
              'Deze link geeft geen toegang tot dit bord. Vraag de begeleider om een nieuwe link.',
            );
          case 'granted': {
            const { board, role } = access;
            const body: BoardInfo = {
              boardId: board.boardId,
              title: board.title,
              werkvorm: board.werkvorm,
              createdAt: board.createdAt,
              role,
            };
            sendJson(res, 200, body);
          }
        }
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
      method: 'GET',
      pattern: /^\/healthz$/,
      handle({ res }) {
        sendJson(res, 200, { status: 'ok' });
      },
    },
    {
      method: 'GET',
      pattern: /^\/metrics$/,
      handle({ res }) {
        sendJson(res, 200, metrics());
      },
    },
  ];
}

/** Validates `POST /api/boards`; the title is trimmed and counted in characters. */
export function parseCreateBoard(body: unknown): CreateBoardRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(
      400,
      ApiErrorCode.BadRequest,
      'Stuur een JSON-object met "werkvorm" en "title".',
    );
  }
  const { werkvorm, title } = body as Record<string, unknown>;
  if (typeof werkvorm !== 'string' || findWerkvorm(werkvorm) === undefined) {
    throw new HttpError(
      400,
      ApiErrorCode.UnknownWerkvorm,
      'Kies een bestaande werkvorm voor dit bord.',
    );
  }
  const trimmed = typeof title === 'string' ? title.trim() : '';
  const length = [...trimmed].length;
  if (length === 0 || length > TITLE_MAX_LENGTH) {
    throw new HttpError(
      400,
      ApiErrorCode.InvalidTitle,
      `Geef het bord een titel van 1 tot ${TITLE_MAX_LENGTH} tekens.`,
    );
  }
  return { werkvorm, title: trimmed };
}
