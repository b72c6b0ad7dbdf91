/** The public HTTP API's request and response bodies. */
import type { Localized } from './i18n.js';
import type { Role } from './roles.js';
import type { Harvest } from './werkvormen/Harvest.js';

/** `POST /api/boards` */
export interface CreateBoardRequest {
  werkvorm: string;
  title: string;
  /** The werkvorm's settings (validated by its schema); the werkvorm's defaults when left out. */
  settings?: unknown;
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

/**
 * `GET /api/boards/<boardId>/harvest?t=<token>`: the board's harvest as `harvestBoard` makes it.
 * `&format=markdown` answers Markdown, `&format=csv&table=<index or id>` one table as CSV;
 * `&lang=en` switches their labels to English.
 */
export type BoardHarvestResponse = Harvest;

/** Formats of the harvest endpoint besides JSON. */
export const HarvestFormat = {
  Json: 'json',
  Markdown: 'markdown',
  Csv: 'csv',
} as const;
export type HarvestFormat = (typeof HarvestFormat)[keyof typeof HarvestFormat];

/**
 * `POST /api/boards/<boardId>/reveal?t=<facilitator token>` ("onthullen"): every member's private
 * cards move onto the board at once, with their ids, places and authors. Idempotent.
 */
export interface RevealResponse {
  /** How many cards were added to the board by this call. */
  revealed: number;
}

/** `GET /api/config`: run-time settings the client needs. */
export interface ClientConfig {
  /** tldraw license key from the server's `TLDRAW_LICENSE_KEY`; `null` when not configured. */
  tldrawLicenseKey: string | null;
}

/** `GET /api/time`: the server's clock, which timers run on (never cached). */
export interface ServerTime {
  /** Milliseconds since 1970 by the server's clock. */
  now: number;
}

/** Stable machine codes in the `error` field of every error answer. */
export const ApiErrorCode = {
  BadRequest: 'bad_request',
  InvalidJson: 'invalid_json',
  UnsupportedMediaType: 'unsupported_media_type',
  PayloadTooLarge: 'payload_too_large',
  UnknownWerkvorm: 'unknown_werkvorm',
  InvalidTitle: 'invalid_title',
  InvalidSettings: 'invalid_settings',
  MissingToken: 'missing_token',
  InvalidToken: 'invalid_token',
  /** A valid link whose role may not do this (only the begeleider reveals). */
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  MethodNotAllowed: 'method_not_allowed',
  Internal: 'internal_error',
} as const;
export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];

/** A refused form field: its key and why, in both languages. */
export interface ApiFieldError {
  field: string;
  message: Localized;
}

/** Every error answer: a stable machine code and a Dutch message a person can act on. */
export interface ApiError {
  error: ApiErrorCode;
  message: string;
  /** With `invalid_settings`: every refused setting. */
  fields?: ApiFieldError[];
}

/** Limits on a board's title. */
export const TITLE_MAX_LENGTH = 120;
