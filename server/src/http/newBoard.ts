/**
 * What every way of making a board shares on the HTTP side: the title check and the answer with
 * the board's three links (`POST /api/boards`, `POST /api/boards/<id>/copies`).
 */
import { ApiErrorCode, type CreateBoardResponse, TITLE_MAX_LENGTH } from '@werkbord/shared';
import type { NewBoard } from '../boards/BoardService.js';
import { HttpError } from './json.js';

/** The title trimmed, 1 to `TITLE_MAX_LENGTH` characters; 400 `invalid_title` otherwise. */
export function parseTitle(title: unknown): string {
  const trimmed = typeof title === 'string' ? title.trim() : '';
  const length = [...trimmed].length;
  if (length === 0 || length > TITLE_MAX_LENGTH) {
    throw new HttpError(
      400,
      ApiErrorCode.InvalidTitle,
      `Geef het bord een titel van 1 tot ${TITLE_MAX_LENGTH} tekens.`,
    );
  }
  return trimmed;
}

/** The `201` body: the board's id and a link per role (the tokens are in them, once). */
export function newBoardBody({ board, tokens }: NewBoard): CreateBoardResponse {
  const link = (token: string) => `/b/${board.boardId}?t=${token}`;
  return {
    boardId: board.boardId,
    links: {
      facilitator: link(tokens.facilitator),
      participant: link(tokens.participant),
      viewer: link(tokens.viewer),
    },
  };
}
