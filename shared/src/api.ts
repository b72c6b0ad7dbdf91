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

/** `GET /api/config`: run-time settings the client needs. */
export interface ClientConfig {
  /** tldraw license key from the server's `TLDRAW_LICENSE_KEY`; `null` when not configured. */
  tldrawLicenseKey: string | null;
}

/** Stable machine codes in the `error` field of every error answer. */
export const ApiErrorCode = {
  BadRequest: 'bad_request',
  InvalidJson: 'invalid_json',
  UnsupportedMediaType: 'unsupported_media_type',
  PayloadTooLarge: 'payload_too_large',
  UnknownWerkvorm: 'unknown_werkvorm',
  InvalidTitle: 'invalid_title',
  MissingToken: 'missing_token',
  InvalidToken: 'invalid_token',
  NotFound: 'not_found',
  MethodNotAllowed: 'method_not_allowed',
  Internal: 'internal_error',
} as const;
export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];

/** Every error answer: a stable machine code and a Dutch message a person can act on. */
export interface ApiError {
  error: ApiErrorCode;
  message: string;
}

/** Limits on a board's title. */
export const TITLE_MAX_LENGTH = 120;
