/**
 * "Doe mee" (joining by QR code or a short code):
 *   POST /api/boards/<id>/join-code?t=<facilitator token> → 201 {link, code, expiresAt}: the
 *        deelnemer link (derived from the begeleider's token, `boards/tokens.ts`) and a new code
 *        for it; 403 for other roles, 409 `no_participant_link` for a board made before links
 *        were derived
 *   POST /api/join {code} → 200 {link}: the deelnemer link a code stands for; 404 for a code
 *        that is unknown, malformed or expired, counted as a wrong link (`ipLimits.ts`)
 * The code travels in the body, never in a URL, so no access log holds it.
 */
import {
  ApiErrorCode,
  BOARD_ID_PATTERN,
  type JoinCodeResponse,
  type JoinResponse,
  Role,
} from '@werkbord/shared';
import type { BoardService } from '../boards/BoardService.js';
import type { JoinCodes } from '../boards/joinCodes.js';
import { AccessDenied, boardNotFound, granted } from './boardAccess.js';
import { HttpError, readJsonBody, sendJson } from './json.js';
import type { Route } from './router.js';

/** The path of `POST /api/join`, which `ipLimits.ts` guards like a board route. */
export const JOIN_API_PATH = '/api/join';

const BODY_LIMIT_BYTES = 1024;

export function joinRoutes({ boards, codes }: { boards: BoardService; codes: JoinCodes }): Route[] {
  const link = (boardId: string, token: string) => `/b/${boardId}?t=${token}`;
  return [
    {
      method: 'POST',
      pattern: /^\/api\/boards\/([^/]+)\/join-code$/,
      async handle({ res, url, params: [boardId = ''] }) {
        if (!BOARD_ID_PATTERN.test(boardId)) throw boardNotFound();
        const token = url.searchParams.get('t');
        const { role } = granted(await boards.access(boardId, token));
        if (role !== Role.Facilitator || token === null) {
          throw new HttpError(
            403,
            ApiErrorCode.Forbidden,
            'Alleen de begeleider kan anderen laten meedoen.',
          );
        }
        const participantToken = await boards.participantToken(boardId, token);
        if (participantToken === null) {
          throw new HttpError(
            409,
            ApiErrorCode.NoParticipantLink,
            'Dit bord is gemaakt voordat Werkbord deelnemerslinks kon tonen. Deel de deelnemerslink die je bij het maken kreeg.',
          );
        }
        const { code, expiresAt } = await codes.create(boardId, participantToken);
        const body: JoinCodeResponse = {
          link: link(boardId, participantToken),
          code,
          expiresAt: new Date(expiresAt).toISOString(),
        };
        sendJson(res, 201, body);
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/join$/,
      async handle({ req, res }) {
        const body = await readJsonBody(req, BODY_LIMIT_BYTES);
        const typed = (body as { code?: unknown } | null)?.code;
        if (typeof typed !== 'string') {
          throw new HttpError(400, ApiErrorCode.BadRequest, 'Stuur een JSON-object met "code".');
        }
        const target = await codes.resolve(typed);
        if (target === null) {
          throw new AccessDenied(
            404,
            ApiErrorCode.NotFound,
            'Deze code kennen we niet (meer). Kijk nog eens op het scherm van de begeleider.',
          );
        }
        const answer: JoinResponse = { link: link(target.boardId, target.participantToken) };
        sendJson(res, 200, answer);
      },
    },
  ];
}
