/**
 * Snapshots (momentopnamen), harvest downloads and deleting a board. Every role may list and
 * view; only the begeleider (facilitator token) creates, restores and deletes (403 otherwise).
 *   POST   /api/boards/<id>/snapshots?t=<f>     {name, author?, thumbnail?} → 201 SnapshotInfo
 *   GET    /api/boards/<id>/snapshots?t=…        → {snapshots} newest first
 *   GET    /api/boards/<id>/snapshots/<sid>?t=…  → {info, content, control} (base64 Yjs updates)
 *   GET    …/snapshots/<sid>/thumbnail.png?t=…   → the PNG (404 when it has none)
 *   GET    …/snapshots/<sid>/harvest?t=…         → the snapshot's harvest (formats as the live one)
 *   POST   …/snapshots/<sid>/restore?t=<f>       → {restored, backup}
 *   DELETE …/snapshots/<sid>?t=<f>               → 204
 *   GET    /api/boards/<id>/harvest.csv?t=…&table=…[&snapshot=<sid>], harvest.md?t=…[&snapshot=]
 *   DELETE /api/boards/<id>?t=<f>                → 204: the board and everything of it, for good
 */
import type { ServerResponse } from 'node:http';
import {
  ApiErrorCode,
  BOARD_ID_PATTERN,
  type CreateSnapshotRequest,
  HarvestFormat,
  type RestoreSnapshotResponse,
  SNAPSHOT_ID_PATTERN,
  SNAPSHOT_NAME_MAX_LENGTH,
  SNAPSHOT_THUMBNAIL_MAX_BYTES,
  type SnapshotListResponse,
  type SnapshotResponse,
  SnapshotKind,
} from '@werkbord/shared';
import type { BoardService } from '../boards/BoardService.js';
import type { DocumentReader } from '../boards/DocumentReader.js';
import { harvestOf } from '../boards/harvest.js';
import type { NewSnapshot, SnapshotService } from '../extensions/snapshots/SnapshotService.js';
import { boardNotFound, granted, grantedToFacilitator } from './boardAccess.js';
import { sendHarvest } from './harvestResponse.js';
import { HttpError, readJsonBody, sendJson } from './json.js';
import type { RequestContext, Route } from './router.js';

/** A name, an author and a thumbnail of at most 512 KiB as base64 (4/3 bigger) fit easily. */
const SNAPSHOT_BODY_LIMIT_BYTES = 1024 * 1024;
const PNG_DATA_URL = 'data:image/png;base64,';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const AUTHOR_MAX_LENGTH = 80;

export interface SnapshotRoutesOptions {
  boards: BoardService;
  documents: DocumentReader;
  snapshots: SnapshotService;
}

const snapshotNotFound = () =>
  new HttpError(404, ApiErrorCode.NotFound, 'Deze momentopname bestaat niet (meer).');

const badRequest = (message: string) => new HttpError(400, ApiErrorCode.BadRequest, message);

export function snapshotRoutes({ boards, documents, snapshots }: SnapshotRoutesOptions): Route[] {
  /** The board (checked id and token) and, with `snapshot`, a well-formed snapshot id. */
  const board = async ({ url, params: [boardId = ''] }: RequestContext) => {
    if (!BOARD_ID_PATTERN.test(boardId)) throw boardNotFound();
    return boards.access(boardId, url.searchParams.get('t'));
  };
  const snapshotId = ({ params: [, id = ''] }: RequestContext) => {
    if (!SNAPSHOT_ID_PATTERN.test(id)) throw snapshotNotFound();
    return id;
  };
  const harvestDownload = (format: HarvestFormat) => async (context: RequestContext) => {
    const { board: record } = granted(await board(context));
    const params = new URLSearchParams(context.url.searchParams);
    params.set('format', format);
    const wanted = params.get('snapshot');
    if (wanted === null || wanted === '') {
      return sendHarvest(context.res, params, await harvestOf(documents, record));
    }
    if (!SNAPSHOT_ID_PATTERN.test(wanted)) throw snapshotNotFound();
    const harvest = await snapshots.harvest(record, wanted);
    if (harvest === null) throw snapshotNotFound();
    sendHarvest(context.res, params, harvest);
  };

  return [
    {
      method: 'POST',
      pattern: /^\/api\/boards\/([^/]+)\/snapshots$/,
      async handle(context) {
        const { board: record } = grantedToFacilitator(
          await board(context),
          'een momentopname maken',
        );
        const request = parseCreateSnapshot(
          await readJsonBody(context.req, SNAPSHOT_BODY_LIMIT_BYTES),
        );
        sendJson(context.res, 201, await snapshots.create(record, request));
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/boards\/([^/]+)\/snapshots$/,
      async handle(context) {
        const { board: record } = granted(await board(context));
        const body: SnapshotListResponse = { snapshots: await snapshots.list(record.boardId) };
        sendJson(context.res, 200, body);
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/boards\/([^/]+)\/snapshots\/([^/]+)$/,
      async handle(context) {
        const { board: record } = granted(await board(context));
        const snapshot = await snapshots.get(record.boardId, snapshotId(context));
        if (snapshot === null) throw snapshotNotFound();
        const body: SnapshotResponse = {
          info: snapshot.info,
          content: Buffer.from(snapshot.content).toString('base64'),
          control: Buffer.from(snapshot.control).toString('base64'),
        };
        sendJson(context.res, 200, body);
      },
    },
    {
      method: 'DELETE',
      pattern: /^\/api\/boards\/([^/]+)\/snapshots\/([^/]+)$/,
      async handle(context) {
        const { board: record } = grantedToFacilitator(
          await board(context),
          'een momentopname verwijderen',
        );
        if (!(await snapshots.delete(record.boardId, snapshotId(context)))) {
          throw snapshotNotFound();
        }
        sendNoContent(context.res);
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/boards\/([^/]+)\/snapshots\/([^/]+)\/thumbnail\.png$/,
      async handle(context) {
        const { board: record } = granted(await board(context));
        const snapshot = await snapshots.get(record.boardId, snapshotId(context));
        if (snapshot?.thumbnail == null) throw snapshotNotFound();
        context.res.writeHead(200, {
          'Content-Type': 'image/png',
          'Content-Length': snapshot.thumbnail.length,
          // A snapshot never changes; its link carries a token, so no shared caches.
          'Cache-Control': 'private, max-age=31536000, immutable',
          'X-Content-Type-Options': 'nosniff',
        });
        context.res.end(snapshot.thumbnail);
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/boards\/([^/]+)\/snapshots\/([^/]+)\/harvest$/,
      async handle(context) {
        const { board: record } = granted(await board(context));
        const harvest = await snapshots.harvest(record, snapshotId(context));
        if (harvest === null) throw snapshotNotFound();
        sendHarvest(context.res, context.url.searchParams, harvest);
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/boards\/([^/]+)\/snapshots\/([^/]+)\/restore$/,
      async handle(context) {
        const { board: record } = grantedToFacilitator(
          await board(context),
          'een momentopname terugzetten',
        );
        const result = await snapshots.restore(record, snapshotId(context));
        if (result === null) throw snapshotNotFound();
        const body: RestoreSnapshotResponse = result;
        sendJson(context.res, 200, body);
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/boards\/([^/]+)\/harvest\.csv$/,
      handle: harvestDownload(HarvestFormat.Csv),
    },
    {
      method: 'GET',
      pattern: /^\/api\/boards\/([^/]+)\/harvest\.md$/,
      handle: harvestDownload(HarvestFormat.Markdown),
    },
    {
      method: 'DELETE',
      pattern: /^\/api\/boards\/([^/]+)$/,
      async handle(context) {
        const { board: record } = grantedToFacilitator(
          await board(context),
          'het bord verwijderen',
        );
        await snapshots.deleteBoard(record.boardId);
        sendNoContent(context.res);
      },
    },
  ];
}

function sendNoContent(res: ServerResponse): void {
  res.writeHead(204, { 'Cache-Control': 'no-store' });
  res.end();
}

/** Validates `POST …/snapshots`: a trimmed name, an optional author and an optional PNG. */
export function parseCreateSnapshot(body: unknown): NewSnapshot {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('Stuur een JSON-object met "name".');
  }
  const { name, author, thumbnail } = body as Partial<Record<keyof CreateSnapshotRequest, unknown>>;
  const trimmed = typeof name === 'string' ? name.trim() : '';
  const length = [...trimmed].length;
  if (length === 0 || length > SNAPSHOT_NAME_MAX_LENGTH) {
    throw badRequest(`Geef de momentopname een naam van 1 tot ${SNAPSHOT_NAME_MAX_LENGTH} tekens.`);
  }
  if (author !== undefined && author !== null && typeof author !== 'string') {
    throw badRequest('"author" moet tekst zijn.');
  }
  const cleanAuthor =
    typeof author === 'string' && author.trim() !== ''
      ? [...author.trim()].slice(0, AUTHOR_MAX_LENGTH).join('')
      : null;
  return {
    name: trimmed,
    author: cleanAuthor,
    kind: SnapshotKind.Named,
    thumbnail: thumbnail === undefined || thumbnail === null ? null : parsePng(thumbnail),
  };
}

function parsePng(thumbnail: unknown): Buffer {
  if (typeof thumbnail !== 'string' || !thumbnail.startsWith(PNG_DATA_URL)) {
    throw badRequest('De miniatuur moet een PNG zijn (data:image/png;base64,…).');
  }
  const png = Buffer.from(thumbnail.slice(PNG_DATA_URL.length), 'base64');
  if (png.length > SNAPSHOT_THUMBNAIL_MAX_BYTES) {
    throw new HttpError(413, ApiErrorCode.PayloadTooLarge, 'De miniatuur is groter dan 512 KiB.');
  }
  if (png.length < PNG_SIGNATURE.length || !png.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw badRequest('De miniatuur is geen PNG.');
  }
  return png;
}
