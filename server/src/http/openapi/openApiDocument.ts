/**
 * The OpenAPI 3.1 document of Werkbord's HTTP API, served at `GET /api/openapi.json`. The
 * integration tests check every answer they get against it, and that it describes every route of
 * the server's route table (`tests/helpers/openApi*.ts`).
 */
import { BOARD_ID_PATTERN, SNAPSHOT_ID_PATTERN } from '@werkbord/shared';
import { type JsonSchema, openApiSchemas, ref } from './openApiSchemas.js';

type Responses = Record<string, JsonSchema>;

const json = (schema: JsonSchema) => ({ content: { 'application/json': { schema } } });
const text = (mediaType: string) => ({ content: { [mediaType]: { schema: { type: 'string' } } } });
const error = (description: string) => ({ description, ...json(ref('ApiError')) });

const errors = {
  400: error('A malformed request or parameter (`bad_request`, `invalid_json`, …).'),
  401: error('No or a wrong bearer token (`unauthorized`).'),
  403: error('A missing or wrong token, or a role that may not do this.'),
  404: error('No such board or snapshot (or an unknown API route).'),
  413: error('The request body is too large.'),
  415: error('The body is not `application/json`.'),
  429: {
    ...error(
      'Too many new boards, or too many wrong links, from this address (`too_many_requests`); ' +
        'while an address is over the wrong-link limit, every board route answers it so.',
    ),
    headers: {
      'Retry-After': {
        description: 'Seconds until the address may try again.',
        required: true,
        schema: { type: 'string', pattern: '^[0-9]+$' },
      },
    },
  },
  500: error('A fault on the server.'),
  503: {
    ...error(
      'Several processes only (`WERKBORD_REDIS_URL`): the process that owns the board, or ' +
        'Redis, cannot be reached right now (`unavailable`); nothing was done, try again.',
    ),
    headers: {
      'Retry-After': {
        description: 'Seconds after which trying again makes sense.',
        required: true,
        schema: { type: 'string', pattern: '^[0-9]+$' },
      },
    },
  },
} as const;

const ok = (description: string, body: object): JsonSchema => ({ description, ...body });
const noContent = { description: 'Done; no body.' };

/** Answers every board route may give besides its own. */
function boardAnswers(own: Responses, ...codes: (keyof typeof errors)[]): Responses {
  const answers: Responses = { ...own };
  for (const code of [403, 404, ...codes, 429, 500, 503] as const) answers[code] = errors[code];
  return answers;
}

const boardId = {
  name: 'boardId',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: BOARD_ID_PATTERN.source },
};
const snapshotId = {
  name: 'snapshotId',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: SNAPSHOT_ID_PATTERN.source },
};
const query = (name: string, description: string, schema: JsonSchema = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
const lang = query('lang', 'Labels of Markdown and CSV.', { enum: ['nl', 'en'], default: 'nl' });
const sep = query('sep', 'CSV separator (`;` for Dutch Excel).', {
  enum: [',', ';'],
  default: ',',
});
const tz = query('tz', 'IANA time zone of Markdown times.', { default: 'Europe/Amsterdam' });
const table = query('table', 'CSV: the table, by index or id.');
const snapshotParam = query('snapshot', "A snapshot's harvest instead of the live board's.", {
  type: 'string',
  pattern: SNAPSHOT_ID_PATTERN.source,
});
const format = query('format', 'The harvest as JSON, Markdown or one table as CSV.', {
  enum: ['json', 'markdown', 'csv'],
  default: 'json',
});

const board = [{ boardToken: [] }];
const harvestAnswers = boardAnswers(
  {
    200: ok('The harvest, in the asked format.', {
      content: {
        'application/json': { schema: ref('Harvest') },
        'text/markdown': { schema: { type: 'string' } },
        'text/csv': { schema: { type: 'string' } },
      },
    }),
  },
  400,
);
const withBody = (name: string) => ({ required: true, ...json(ref(name)) });

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Werkbord',
    version: '0.1.0',
    description:
      'The HTTP API of a Werkbord server. A board is reached with the token of its link ' +
      '(`?t=`), which also gives the role: begeleider (facilitator), deelnemer (participant) or ' +
      'meekijker (viewer). Every error is `{error, message, fields?}`. A path answers other ' +
      'methods with 405 and `Allow`; HEAD works wherever GET does. The live board itself is ' +
      'a y-websocket connection on `/sync/<room>?t=…`, outside this document.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  components: {
    schemas: openApiSchemas,
    securitySchemes: {
      boardToken: {
        type: 'apiKey',
        in: 'query',
        name: 't',
        description: "The token of a board's link; it decides the role.",
      },
      metricsToken: {
        type: 'http',
        scheme: 'bearer',
        description: '`WERKBORD_METRICS_TOKEN`, when set.',
      },
    },
  },
  paths: {
    '/api/boards': {
      post: {
        operationId: 'createBoard',
        summary: 'Create a board; answers its three links (one per role).',
        requestBody: withBody('CreateBoardRequest'),
        responses: {
          201: ok('The board.', json(ref('CreateBoardResponse'))),
          400: error('`invalid_json`, `unknown_werkvorm`, `invalid_title`, `invalid_settings`.'),
          413: errors[413],
          415: errors[415],
          429: errors[429],
          500: errors[500],
        },
      },
    },
    '/api/boards/{boardId}': {
      parameters: [boardId],
      get: {
        operationId: 'getBoard',
        summary: 'The board and the role the token gives.',
        security: board,
        responses: boardAnswers({ 200: ok('The board.', json(ref('BoardInfo'))) }),
      },
      delete: {
        operationId: 'deleteBoard',
        summary: 'Delete the board and everything of it, for good (begeleider).',
        security: board,
        responses: boardAnswers({ 204: noContent }),
      },
    },
    '/api/boards/{boardId}/copies': {
      parameters: [boardId],
      post: {
        operationId: 'copyBoard',
        summary: 'Nieuw bord van dit bord: a new board with its own links (begeleider).',
        security: board,
        requestBody: withBody('CopyBoardRequest'),
        responses: boardAnswers(
          { 201: ok('The new board.', json(ref('CreateBoardResponse'))) },
          400,
          413,
          415,
        ),
      },
    },
    '/api/boards/{boardId}/harvest': {
      parameters: [boardId],
      get: {
        operationId: 'getHarvest',
        summary: 'The oogst of the live board (every role).',
        security: board,
        parameters: [format, table, lang, sep, tz],
        responses: harvestAnswers,
      },
    },
    '/api/boards/{boardId}/harvest.csv': {
      parameters: [boardId],
      get: {
        operationId: 'downloadHarvestCsv',
        summary: 'One table of the oogst as CSV (a download link).',
        security: board,
        parameters: [table, snapshotParam, lang, sep],
        responses: boardAnswers({ 200: ok('The table.', text('text/csv')) }, 400),
      },
    },
    '/api/boards/{boardId}/harvest.md': {
      parameters: [boardId],
      get: {
        operationId: 'downloadHarvestMarkdown',
        summary: 'The oogst as Markdown, for a procesverslag (a download link).',
        security: board,
        parameters: [snapshotParam, lang, tz],
        responses: boardAnswers({ 200: ok('The report.', text('text/markdown')) }, 400),
      },
    },
    '/api/boards/{boardId}/reveal': {
      parameters: [boardId],
      post: {
        operationId: 'reveal',
        summary: "Onthullen: every member's private cards onto the board (begeleider).",
        security: board,
        responses: boardAnswers({ 200: ok('How many cards came.', json(ref('RevealResponse'))) }),
      },
    },
    '/api/boards/{boardId}/join-code': {
      parameters: [boardId],
      post: {
        operationId: 'createJoinCode',
        summary: 'Doe mee: the deelnemer link and a new short code for it (begeleider).',
        security: board,
        responses: boardAnswers({
          201: ok('The link and the code.', json(ref('JoinCodeResponse'))),
          409: error(
            '`no_participant_link`: a board made before deelnemer links could be shown again.',
          ),
        }),
      },
    },
    '/api/join': {
      post: {
        operationId: 'join',
        summary: 'The deelnemer link a Doe mee code stands for (the page `/mee`).',
        requestBody: withBody('JoinRequest'),
        responses: {
          200: ok('The link.', json(ref('JoinResponse'))),
          400: errors[400],
          404: error('An unknown, malformed or expired code; counted as a wrong link.'),
          413: errors[413],
          415: errors[415],
          429: errors[429],
          500: errors[500],
        },
      },
    },
    '/api/boards/{boardId}/snapshots': {
      parameters: [boardId],
      get: {
        operationId: 'listSnapshots',
        summary: "The board's momentopnamen, newest first.",
        security: board,
        responses: boardAnswers({ 200: ok('The list.', json(ref('SnapshotListResponse'))) }),
      },
      post: {
        operationId: 'createSnapshot',
        summary: 'Save a momentopname (begeleider).',
        security: board,
        requestBody: withBody('CreateSnapshotRequest'),
        responses: boardAnswers(
          { 201: ok('The snapshot.', json(ref('SnapshotInfo'))) },
          400,
          413,
          415,
        ),
      },
    },
    '/api/boards/{boardId}/snapshots/{snapshotId}': {
      parameters: [boardId, snapshotId],
      get: {
        operationId: 'getSnapshot',
        summary: "A momentopname's documents (base64 Yjs updates).",
        security: board,
        responses: boardAnswers({ 200: ok('The snapshot.', json(ref('SnapshotResponse'))) }),
      },
      delete: {
        operationId: 'deleteSnapshot',
        summary: 'Delete a momentopname (begeleider).',
        security: board,
        responses: boardAnswers({ 204: noContent }),
      },
    },
    '/api/boards/{boardId}/snapshots/{snapshotId}/thumbnail.png': {
      parameters: [boardId, snapshotId],
      get: {
        operationId: 'getSnapshotThumbnail',
        summary: "A momentopname's thumbnail (404 when it has none).",
        security: board,
        responses: boardAnswers({
          200: ok('The PNG.', { content: { 'image/png': { schema: { type: 'string' } } } }),
        }),
      },
    },
    '/api/boards/{boardId}/snapshots/{snapshotId}/harvest': {
      parameters: [boardId, snapshotId],
      get: {
        operationId: 'getSnapshotHarvest',
        summary: "A momentopname's oogst (formats as the live one).",
        security: board,
        parameters: [format, table, lang, sep, tz],
        responses: harvestAnswers,
      },
    },
    '/api/boards/{boardId}/snapshots/{snapshotId}/restore': {
      parameters: [boardId, snapshotId],
      post: {
        operationId: 'restoreSnapshot',
        summary: 'Put the board back as the momentopname was, saving it first (begeleider).',
        security: board,
        responses: boardAnswers({
          200: ok('Restored; `backup` undoes it.', json(ref('RestoreSnapshotResponse'))),
        }),
      },
    },
    '/api/compare': {
      post: {
        operationId: 'compareBoards',
        summary:
          'Two boards of one werkvorm side by side, with a begeleider token of each in the ' +
          'body (never in the URL).',
        requestBody: withBody('CompareBoardsRequest'),
        responses: boardAnswers(
          {
            200: ok('Both boards and their comparison.', json(ref('CompareBoardsResponse'))),
            400: error('`bad_request`, `invalid_json`; `different_werkvorm`: not one werkvorm.'),
          },
          413,
          415,
        ),
      },
    },
    '/api/config': {
      get: {
        operationId: 'getConfig',
        summary: 'Run-time settings of the client.',
        responses: { 200: ok('The settings.', json(ref('ClientConfig'))), 500: errors[500] },
      },
    },
    '/api/time': {
      get: {
        operationId: 'getTime',
        summary: "The server's clock (timers run on it).",
        responses: { 200: ok('The time.', json(ref('ServerTime'))), 500: errors[500] },
      },
    },
    '/api/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This document.',
        responses: { 200: ok('OpenAPI 3.1.', json({ type: 'object' })), 500: errors[500] },
      },
    },
    '/healthz': {
      get: {
        operationId: 'health',
        summary: 'Liveness: the process runs.',
        responses: { 200: ok('Alive.', json(ref('Health'))), 500: errors[500] },
      },
    },
    '/readyz': {
      get: {
        operationId: 'ready',
        summary: 'Readiness: the database (and, in a cluster, PostgreSQL and Redis) answers.',
        responses: {
          200: ok('Ready.', json(ref('Readiness'))),
          503: ok('Not ready; `checks` names what failed.', json(ref('Readiness'))),
          500: errors[500],
        },
      },
    },
    '/metrics': {
      get: {
        operationId: 'metrics',
        summary:
          'Prometheus metrics. Only from loopback unless `WERKBORD_METRICS_TOKEN` (bearer) or ' +
          '`WERKBORD_METRICS_PORT` (its own listener; then 404 here) is set.',
        security: [{}, { metricsToken: [] }],
        responses: {
          200: ok('Text exposition format 0.0.4.', text('text/plain')),
          401: errors[401],
          403: error('Not from loopback, or forwarded by a proxy.'),
          404: error('Served on `WERKBORD_METRICS_PORT` instead.'),
          500: errors[500],
        },
      },
    },
  },
} as const;
