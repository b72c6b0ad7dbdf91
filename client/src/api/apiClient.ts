/**
 * The server's small REST API (contract in `shared/src/api.ts`). Every failure becomes an
 * `ApiRequestError`, so pages can tell "no network" from "the server said no".
 */
import type {
  ApiError,
  ApiFieldError,
  BoardHarvestResponse,
  BoardInfo,
  ClientConfig,
  CompareBoardsRequest,
  CompareBoardsResponse,
  CopyBoardRequest,
  CreateBoardRequest,
  CreateBoardResponse,
  CsvSeparator,
  HarvestFormat,
  JoinCodeResponse,
  JoinResponse,
  Language,
  SnapshotListResponse,
} from '@werkbord/shared';

export class ApiRequestError extends Error {
  constructor(
    /** `0` when the request never got an answer (offline, server down). */
    readonly status: number,
    /** The server's stable error code, when it sent one. */
    readonly code: string | null,
    /** The server's own Dutch message, when it sent one. */
    readonly serverMessage: string | null,
    /** Refused form fields (`invalid_settings`), in both languages. */
    readonly fields: readonly ApiFieldError[] = [],
  ) {
    super(serverMessage ?? `HTTP ${status}`);
    this.name = 'ApiRequestError';
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export function createBoard(request: CreateBoardRequest): Promise<CreateBoardResponse> {
  return requestJson<CreateBoardResponse>('/api/boards', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
}

/** "Nieuw bord van dit bord" (begeleider): a new board with its own links. */
export function copyBoard(
  boardId: string,
  token: string,
  request: CopyBoardRequest,
): Promise<CreateBoardResponse> {
  const query = new URLSearchParams({ t: token });
  return requestJson<CreateBoardResponse>(
    `/api/boards/${encodeURIComponent(boardId)}/copies?${query}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    },
  );
}

/** Two boards side by side; the begeleider tokens go in the body, never in a URL. */
export function compareBoards(request: CompareBoardsRequest): Promise<CompareBoardsResponse> {
  return requestJson<CompareBoardsResponse>('/api/compare', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
}

/** A board's momentopnamen, newest first. */
export function fetchSnapshotList(boardId: string, token: string): Promise<SnapshotListResponse> {
  const query = new URLSearchParams({ t: token });
  return requestJson<SnapshotListResponse>(
    `/api/boards/${encodeURIComponent(boardId)}/snapshots?${query}`,
  );
}

export function fetchBoardInfo(boardId: string, token: string): Promise<BoardInfo> {
  const query = new URLSearchParams({ t: token });
  return requestJson<BoardInfo>(`/api/boards/${encodeURIComponent(boardId)}?${query}`);
}

/** The address of a board's harvest: JSON, Markdown, or one table as CSV (for links and downloads). */
export function harvestUrl(
  boardId: string,
  token: string,
  options: {
    format?: HarvestFormat;
    table?: string | number;
    language?: Language;
    /** CSV: `;` for Dutch Excel. */
    separator?: CsvSeparator;
    /** Markdown: the IANA zone its times are written in (the browser's own). */
    timeZone?: string;
  } = {},
): string {
  const query = new URLSearchParams({ t: token });
  if (options.format) query.set('format', options.format);
  if (options.table !== undefined) query.set('table', String(options.table));
  if (options.language) query.set('lang', options.language);
  if (options.separator) query.set('sep', options.separator);
  if (options.timeZone) query.set('tz', options.timeZone);
  return `/api/boards/${encodeURIComponent(boardId)}/harvest?${query}`;
}

export function fetchHarvest(boardId: string, token: string): Promise<BoardHarvestResponse> {
  return requestJson<BoardHarvestResponse>(harvestUrl(boardId, token));
}

/** "Doe mee": the deelnemer link and a new short code for it (begeleider only). */
export function createJoinCode(boardId: string, token: string): Promise<JoinCodeResponse> {
  const query = new URLSearchParams({ t: token });
  return requestJson<JoinCodeResponse>(
    `/api/boards/${encodeURIComponent(boardId)}/join-code?${query}`,
    { method: 'POST' },
  );
}

/** The deelnemer link a typed "Doe mee" code stands for (sent in the body, never in a URL). */
export function joinWithCode(code: string): Promise<JoinResponse> {
  return requestJson<JoinResponse>('/api/join', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
}

let configRequest: Promise<ClientConfig> | null = null;

/** Fetched once per page; without it tldraw simply runs unlicensed (fine in development). */
export function fetchClientConfig(): Promise<ClientConfig> {
  configRequest ??= requestJson<Partial<ClientConfig>>('/api/config').then(
    (config) => ({
      tldrawLicenseKey:
        typeof config.tldrawLicenseKey === 'string' && config.tldrawLicenseKey.length > 0
          ? config.tldrawLicenseKey
          : null,
    }),
    () => {
      configRequest = null; // try again on the next board
      return { tldrawLicenseKey: null };
    },
  );
  return configRequest;
}

async function requestJson<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { accept: 'application/json', ...init?.headers },
    });
  } catch {
    throw new ApiRequestError(0, null, null);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = isApiError(body) ? body : null;
    throw new ApiRequestError(
      response.status,
      error?.error ?? null,
      error?.message ?? null,
      error?.fields ?? [],
    );
  }
  return body as T;
}

function isApiError(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null) return false;
  const { error, message, fields } = body as ApiError;
  return (
    typeof error === 'string' &&
    typeof message === 'string' &&
    (fields === undefined || (Array.isArray(fields) && fields.every(isFieldError)))
  );
}

function isFieldError(value: unknown): value is ApiFieldError {
  const field = value as ApiFieldError | null;
  return (
    typeof field?.field === 'string' &&
    typeof field.message?.nl === 'string' &&
    typeof field.message.en === 'string'
  );
}
