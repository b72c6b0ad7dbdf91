/**
 * The answers every board route gives when the board or the token is not right: 404 for an
 * unknown board, 403 with the reason for a missing or wrong token.
 */
import { ApiErrorCode, Role } from '@werkbord/shared';
import type { BoardAccess } from '../boards/BoardService.js';
import { HttpError } from './json.js';

/** A wrong link: an unknown board, a missing or wrong token. Counted per address (`ipLimits.ts`). */
export class AccessDenied extends HttpError {
  override name = 'AccessDenied';
}

export const boardNotFound = () =>
  new AccessDenied(404, ApiErrorCode.NotFound, 'Dit bord bestaat niet (meer). Controleer de link.');

/** The board and role a (boardId, token) pair grants, or the error answer that explains why not. */
export function granted(access: BoardAccess): Extract<BoardAccess, { status: 'granted' }> {
  switch (access.status) {
    case 'not-found':
      throw boardNotFound();
    case 'missing-token':
      throw new AccessDenied(
        403,
        ApiErrorCode.MissingToken,
        'Deze link mist de toegangscode. Vraag de begeleider om de volledige link.',
      );
    case 'invalid-token':
      throw new AccessDenied(
        403,
        ApiErrorCode.InvalidToken,
        'Deze link geeft geen toegang tot dit bord. Vraag de begeleider om een nieuwe link.',
      );
    case 'granted':
      return access;
  }
}

/** As `granted`, and 403 unless the token is the begeleider's; `action` completes the sentence. */
export function grantedToFacilitator(
  access: BoardAccess,
  action: string,
): Extract<BoardAccess, { status: 'granted' }> {
  const result = granted(access);
  if (result.role !== Role.Facilitator) {
    throw new HttpError(403, ApiErrorCode.Forbidden, `Alleen de begeleider kan ${action}.`);
  }
  return result;
}
