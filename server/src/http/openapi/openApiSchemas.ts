/**
 * The bodies of the HTTP API as JSON Schema 2020-12 (OpenAPI 3.1's dialect), built from the same
 * constants the server checks with (error codes, roles, id patterns, lengths), so the document
 * cannot drift from them. The TypeScript types of the same bodies are in `shared/src/api.ts`.
 */
import {
  ApiErrorCode,
  BOARD_ID_PATTERN,
  CopySource,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  ROLES,
  SNAPSHOT_ID_PATTERN,
  SNAPSHOT_NAME_MAX_LENGTH,
  SnapshotKind,
  TITLE_MAX_LENGTH,
  WERKVORMEN,
} from '@werkbord/shared';

export type JsonSchema = Readonly<Record<string, unknown>>;

/** A reference to one of `openApiSchemas` (a test resolves every one). */
export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** An object whose every property is required and that allows no others. */
function closed(properties: Record<string, JsonSchema>, optional: string[] = []): JsonSchema {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
    additionalProperties: false,
  };
}

const string: JsonSchema = { type: 'string' };
const isoDateTime: JsonSchema = { type: 'string', format: 'date-time' };
const count: JsonSchema = { type: 'integer', minimum: 0 };
const base64: JsonSchema = { type: 'string', contentEncoding: 'base64' };
const appLink: JsonSchema = {
  type: 'string',
  pattern: '^/b/[A-Za-z0-9_-]{22}\\?t=[A-Za-z0-9_-]+$',
};

const schemas = {
  Localized: closed({ nl: string, en: string }),
  ApiError: {
    ...closed(
      {
        error: { type: 'string', enum: Object.values(ApiErrorCode) },
        message: { type: 'string', description: 'Dutch, for the person using the app.' },
        fields: {
          type: 'array',
          description: 'With `invalid_settings`: every refused setting.',
          items: ref('ApiFieldError'),
        },
      },
      ['fields'],
    ),
    description: 'Every error answer: a stable machine code and a Dutch message.',
  },
  ApiFieldError: closed({ field: string, message: ref('Localized') }),
  CreateBoardRequest: closed(
    {
      werkvorm: { type: 'string', enum: WERKVORMEN.map((werkvorm) => werkvorm.id) },
      title: { type: 'string', minLength: 1, maxLength: TITLE_MAX_LENGTH },
      settings: {
        type: 'object',
        description: "The werkvorm's settings, checked by its schema; its defaults when left out.",
      },
      anonymous: {
        type: 'boolean',
        default: false,
        description: 'Anoniem schrijven from the start: cards carry no author.',
      },
    },
    ['settings', 'anonymous'],
  ),
  CreateBoardResponse: closed({
    boardId: { type: 'string', pattern: BOARD_ID_PATTERN.source },
    links: closed({ facilitator: appLink, participant: appLink, viewer: appLink }),
  }),
  CopyBoardRequest: closed(
    {
      source: {
        type: 'string',
        enum: Object.values(CopySource),
        description:
          '`empty`: the werkvorm and settings; `prepared`: also the cards on the board now ' +
          '(without authors, votes, privé cards, reflection answers, drawings); `snapshot`: ' +
          'everything of a momentopname of this board.',
      },
      snapshotId: { type: 'string', pattern: SNAPSHOT_ID_PATTERN.source },
      title: { type: 'string', minLength: 1, maxLength: TITLE_MAX_LENGTH },
    },
    ['snapshotId', 'title'],
  ),
  BoardCredential: closed({ boardId: string, token: string }),
  CompareBoardsRequest: closed({
    boards: { type: 'array', items: ref('BoardCredential'), minItems: 2, maxItems: 2 },
  }),
  ComparedBoardDocuments: closed({
    boardId: { type: 'string', pattern: BOARD_ID_PATTERN.source },
    title: string,
    werkvorm: string,
    createdAt: isoDateTime,
    content: { ...base64, description: 'The content document as a Yjs update (v1).' },
    control: { ...base64, description: 'The control document as a Yjs update (v1).' },
  }),
  CompareBoardsResponse: closed({
    boards: { type: 'array', items: ref('ComparedBoardDocuments'), minItems: 2, maxItems: 2 },
    comparison: closed({
      werkvorm: string,
      boards: {
        type: 'array',
        items: closed({ title: string, cards: count }),
        minItems: 2,
        maxItems: 2,
      },
      findings: { type: 'array', items: closed({ id: string, text: ref('Localized') }) },
      tables: { type: 'array', items: ref('HarvestTable') },
    }),
  }),
  BoardInfo: closed({
    boardId: { type: 'string', pattern: BOARD_ID_PATTERN.source },
    title: string,
    werkvorm: string,
    createdAt: isoDateTime,
    role: { type: 'string', enum: [...ROLES] },
  }),
  RevealResponse: closed({ revealed: count }),
  JoinCodeResponse: closed({
    link: appLink,
    code: {
      type: 'string',
      pattern: `^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`,
      description: 'Typed at `/mee` until `expiresAt`, it gives the same link.',
    },
    expiresAt: isoDateTime,
  }),
  JoinRequest: closed({
    code: { type: 'string', description: 'As typed: small letters, spaces and dashes are fine.' },
  }),
  JoinResponse: closed({ link: appLink }),
  ClientConfig: closed({ tldrawLicenseKey: { type: ['string', 'null'] } }),
  ServerTime: closed({ now: { type: 'integer', description: 'Milliseconds since 1970.' } }),
  Harvest: closed(
    {
      werkvorm: string,
      thema: string,
      result: { description: "The werkvorm's structured result (its own shape)." },
      reflection: closed({
        prompts: { type: 'array', items: ref('Localized') },
        answers: {
          type: 'array',
          items: closed({ cardId: { type: ['string', 'null'] }, text: string, author: string }),
        },
      }),
      tables: { type: 'array', items: ref('HarvestTable') },
      charts: { type: 'array', items: ref('HarvestChart') },
      votes: {
        type: 'array',
        items: closed({ cardId: string, text: string, count: count }),
      },
      settings: {
        type: 'array',
        items: closed({ key: string, label: ref('Localized'), value: ref('Localized') }),
      },
      authors: { type: 'array', items: string },
      anonymous: {
        type: 'boolean',
        description: 'Written anonymously: no card, table or answer carries an author.',
      },
    },
    ['charts', 'votes', 'settings', 'authors', 'anonymous'],
  ),
  HarvestChart: {
    ...closed({
      kind: { const: 'scale' },
      id: string,
      title: ref('Localized'),
      min: { type: 'integer' },
      max: { type: 'integer' },
      minLabel: ref('Localized'),
      maxLabel: ref('Localized'),
      series: {
        type: 'array',
        items: closed({
          label: ref('Localized'),
          points: {
            type: 'array',
            items: closed({ name: string, colour: string, value: { type: 'integer' } }),
          },
          median: { type: ['number', 'null'] },
          range: {
            oneOf: [
              closed({ min: { type: 'integer' }, max: { type: 'integer' } }),
              { type: 'null' },
            ],
          },
        }),
      },
    }),
    description: "People's values on a scale, a series per moment (a schaalvraag's rondes).",
  },
  HarvestTable: closed({
    id: string,
    title: ref('Localized'),
    columns: {
      type: 'array',
      items: closed(
        { key: string, label: ref('Localized'), format: { enum: ['period', 'time'] } },
        ['format'],
      ),
    },
    rows: {
      type: 'array',
      items: { type: 'array', items: { oneOf: [string, ref('Localized')] } },
    },
  }),
  CreateSnapshotRequest: closed(
    {
      name: { type: 'string', minLength: 1, maxLength: SNAPSHOT_NAME_MAX_LENGTH },
      author: { type: ['string', 'null'] },
      thumbnail: {
        type: ['string', 'null'],
        pattern: '^data:image/png;base64,',
        description: 'A PNG of at most 512 KiB as a data URL.',
      },
    },
    ['author', 'thumbnail'],
  ),
  SnapshotInfo: closed({
    id: { type: 'string', pattern: SNAPSHOT_ID_PATTERN.source },
    name: string,
    author: { type: ['string', 'null'] },
    createdAt: isoDateTime,
    werkvorm: string,
    kind: { type: 'string', enum: Object.values(SnapshotKind) },
    hasThumbnail: { type: 'boolean' },
    sizeBytes: count,
  }),
  SnapshotListResponse: closed({ snapshots: { type: 'array', items: ref('SnapshotInfo') } }),
  SnapshotResponse: closed({
    info: ref('SnapshotInfo'),
    content: { ...base64, description: 'The content document as a Yjs update (v1).' },
    control: { ...base64, description: 'The control document as a Yjs update (v1).' },
  }),
  RestoreSnapshotResponse: closed({
    restored: { type: 'string', pattern: SNAPSHOT_ID_PATTERN.source },
    backup: ref('SnapshotInfo'),
  }),
  Health: closed({ status: { const: 'ok' } }),
  Readiness: closed({
    status: { enum: ['ok', 'unavailable'] },
    checks: {
      type: 'object',
      description: 'Each dependency (`database`; later `postgres`, `redis`) and its state.',
      additionalProperties: { enum: ['ok', 'failed'] },
    },
  }),
} satisfies Record<string, JsonSchema>;

export const openApiSchemas: Readonly<Record<string, JsonSchema>> = schemas;
