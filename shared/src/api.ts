/** The public HTTP API's request and response bodies. */
import type { BoardComparison } from './compare/BoardComparison.js';
import type { Localized } from './i18n.js';
import type { Role } from './roles.js';
import type { Harvest } from './werkvormen/Harvest.js';

/** `POST /api/boards` */
export interface CreateBoardRequest {
  werkvorm: string;
  title: string;
  /** The werkvorm's settings (validated by its schema); the werkvorm's defaults when left out. */
  settings?: unknown;
  /** "Anoniem schrijven" from the start: cards carry no author (`SessionKey.Anonymous`). */
  anonymous?: boolean;
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

/** What a new board made from an existing one starts with ("Nieuw bord van dit bord"). */
export const CopySource = {
  /** The werkvorm and its settings, no cards: the same session for another group. */
  Empty: 'empty',
  /**
   * The cards that lie on the board now (and the relations between them), where they lie, without
   * their writers' names; no votes, no privé cards, no reflection answers, no drawings.
   */
  Prepared: 'prepared',
  /** The board as a momentopname has it, everything on it. */
  Snapshot: 'snapshot',
} as const;
export type CopySource = (typeof CopySource)[keyof typeof CopySource];

/**
 * `POST /api/boards/<boardId>/copies?t=<facilitator token>` → 201 `CreateBoardResponse`: a new
 * board with its own three links, the same werkvorm and settings.
 */
export interface CopyBoardRequest {
  source: CopySource;
  /** With `snapshot`: the momentopname of this board to start from. */
  snapshotId?: string;
  /** The new board's title; the board's own title when left out. */
  title?: string;
}

/** One board to compare: its id and a begeleider token of it. */
export interface BoardCredential {
  boardId: string;
  token: string;
}

/**
 * `POST /api/compare` `{boards: [a, b]}`: two boards of the same werkvorm side by side, for the
 * begeleider of both (both tokens must be begeleider tokens). The tokens travel in the body, so no
 * URL (and no log line) carries them.
 */
export interface CompareBoardsRequest {
  boards: [BoardCredential, BoardCredential];
}

/** A compared board: what it is, and its documents as base64 Yjs updates (v1), to draw it. */
export interface ComparedBoardDocuments {
  boardId: string;
  title: string;
  werkvorm: string;
  createdAt: string;
  content: string;
  control: string;
}

export interface CompareBoardsResponse {
  /** In the order asked for. */
  boards: [ComparedBoardDocuments, ComparedBoardDocuments];
  comparison: BoardComparison;
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

/**
 * `POST /api/boards/<boardId>/join-code?t=<facilitator token>` ("Doe mee"): the deelnemer link,
 * for the QR code, and a new short code that opens it at `JOIN_PATH` until `expiresAt`.
 */
export interface JoinCodeResponse {
  /** `/b/<boardId>?t=<participant token>`, like `BoardLinks.participant`. */
  link: string;
  /** `JOIN_CODE_LENGTH` characters of `JOIN_CODE_ALPHABET`. */
  code: string;
  /** ISO 8601 */
  expiresAt: string;
}

/** `POST /api/join` `{code}`: the deelnemer link a code stands for (`JoinCodeResponse`). */
export interface JoinRequest {
  code: string;
}

export interface JoinResponse {
  link: string;
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
  /** `/metrics` without the configured bearer token (`WERKBORD_METRICS_TOKEN`). */
  Unauthorized: 'unauthorized',
  /** A valid link whose role may not do this (only the begeleider reveals). */
  Forbidden: 'forbidden',
  /**
   * "Doe mee" on a board made before deelnemer links were derived from the begeleider's: the
   * server cannot know its deelnemer link (it keeps only hashes of tokens).
   */
  NoParticipantLink: 'no_participant_link',
  NotFound: 'not_found',
  MethodNotAllowed: 'method_not_allowed',
  /** `POST /api/compare` with boards of two different werkvormen. */
  DifferentWerkvorm: 'different_werkvorm',
  /** Too many boards made, or too many wrong links tried, from one address: see `Retry-After`. */
  TooManyRequests: 'too_many_requests',
  Internal: 'internal_error',
  /**
   * With several processes: the board's owner, or Redis, cannot be reached right now (503 with
   * `Retry-After`); nothing was done, the same call may be tried again.
   */
  Unavailable: 'unavailable',
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

/** How a snapshot (momentopname) came to be. */
export const SnapshotKind = {
  /** Saved by the begeleider with a name. */
  Named: 'named',
  /** Saved by the server: when the last person left a changed board, or during long activity. */
  Auto: 'auto',
  /** Saved by the server just before a restore ("voor herstel van …"); restoring it undoes that. */
  Restore: 'restore',
} as const;
export type SnapshotKind = (typeof SnapshotKind)[keyof typeof SnapshotKind];

/** A snapshot's description; its documents are never changed after it is saved. */
export interface SnapshotInfo {
  id: string;
  name: string;
  author: string | null;
  /** ISO 8601 */
  createdAt: string;
  werkvorm: string;
  kind: SnapshotKind;
  hasThumbnail: boolean;
  /** Bytes of its stored documents and thumbnail together. */
  sizeBytes: number;
}

/** `POST /api/boards/<boardId>/snapshots?t=<facilitator token>` → 201 `SnapshotInfo`. */
export interface CreateSnapshotRequest {
  /** 1..`SNAPSHOT_NAME_MAX_LENGTH` characters after trimming. */
  name: string;
  author?: string;
  /** `data:image/png;base64,…`, at most `SNAPSHOT_THUMBNAIL_MAX_BYTES` decoded. */
  thumbnail?: string;
}

/** `GET /api/boards/<boardId>/snapshots?t=…`: newest first. */
export interface SnapshotListResponse {
  snapshots: SnapshotInfo[];
}

/**
 * `GET /api/boards/<boardId>/snapshots/<snapshotId>?t=…`: the stored documents as base64 Yjs
 * updates (v1), to build read-only docs from. The thumbnail is at `…/<snapshotId>/thumbnail.png`,
 * the harvest at `…/<snapshotId>/harvest` (same shape and formats as the live harvest).
 */
export interface SnapshotResponse {
  info: SnapshotInfo;
  content: string;
  control: string;
}

/** `POST /api/boards/<boardId>/snapshots/<snapshotId>/restore?t=<facilitator token>` */
export interface RestoreSnapshotResponse {
  restored: string;
  /** The board as it was just before; restoring it undoes the restore. */
  backup: SnapshotInfo;
}

export const SNAPSHOT_NAME_MAX_LENGTH = 120;
export const SNAPSHOT_THUMBNAIL_MAX_BYTES = 512 * 1024;
/** Snapshot ids: 96 random bits, base64url. */
export const SNAPSHOT_ID_PATTERN = /^[A-Za-z0-9_-]{16}$/;
