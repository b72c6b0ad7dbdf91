/** The public HTTP API's request and response bodies. */
import type { Role } from './roles.js';

/** `POST /api/boards` */
export interface CreateBoardRequest {
  werkvorm: string;
  title: string;
}

export interface BoardLinks {
  facilitator: string;
  participant: string;
  viewer: string;
}

/** `201` answer to `POST /api/boards`. */
export interface CreateBoardResponse {
  boardId: string;
  links: BoardLinks;
}

/** `GET /api/boards/<boardId>?t=<token>` */
export interface BoardInfo {
  boardId: string;
  title: string;
  werkvorm: string;
  createdAt: string;
  role: Role;
}

/** Every error answer: a stable machine code and a Dutch message a person can act on. */
export interface ApiError {
  error: string;
  message: string;
}

/** Limits on a board's title. */
export const TITLE_MAX_LENGTH = 120;
