/**
 * Checks an HTTP answer against the server's OpenAPI document: its status must be documented for
 * the operation, its media type among the documented ones, and a JSON body must match the
 * documented schema (ajv, JSON Schema 2020-12, with formats). Used on every `fetch` of the
 * integration tests (`openApiFetch.ts`).
 */
import { openApiDocument } from '@werkbord/server';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with a default export that TypeScript's NodeNext sees one level deep.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

interface MediaType {
  schema?: unknown;
}
interface ResponseObject {
  content?: Record<string, MediaType>;
}
interface Operation {
  responses: Record<string, ResponseObject>;
}
type PathItem = Partial<Record<string, Operation>>;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const COMPONENTS_ID = 'https://werkbord.invalid/components';

/** The document as plain JSON (what `/api/openapi.json` serves). */
export const spec = JSON.parse(JSON.stringify(openApiDocument)) as {
  paths: Record<string, PathItem>;
  components: { schemas: Record<string, unknown> };
};

/** `#/components/schemas/X` refs point into a schema of their own, so each body compiles alone. */
function pointAtComponents(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(pointAtComponents);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) =>
      key === '$ref' && typeof value === 'string'
        ? [key, value.replace('#/components/schemas/', `${COMPONENTS_ID}#/$defs/`)]
        : [key, pointAtComponents(value)],
    ),
  );
}

const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
addFormats(ajv);
ajv.addSchema({ $id: COMPONENTS_ID, $defs: pointAtComponents(spec.components.schemas) });

interface Template {
  path: string;
  pattern: RegExp;
  item: PathItem;
}

const templates: Template[] = Object.entries(spec.paths).map(([path, item]) => ({
  path,
  item,
  pattern: new RegExp(
    `^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`,
  ),
}));

/** Every documented JSON body schema, compiled once (a missing `$ref` throws here). */
const validators = new Map<MediaType, ValidateFunction>();
for (const { item } of templates) {
  for (const method of METHODS) {
    for (const response of Object.values(item[method]?.responses ?? {})) {
      const json = response.content?.['application/json'];
      if (json?.schema !== undefined) {
        validators.set(json, ajv.compile(pointAtComponents(json.schema) as object));
      }
    }
  }
}

export function findTemplate(pathname: string): Template | undefined {
  return templates.find((template) => template.pattern.test(pathname));
}

const ERROR_SCHEMA = ajv.compile({ $ref: `${COMPONENTS_ID}#/$defs/ApiError` });

export interface Answer {
  method: string;
  url: URL;
  status: number;
  headers: Headers;
  body: Uint8Array;
}

/** What is wrong with this answer by the document; empty when nothing. */
export function responseProblems({ method, url, status, headers, body }: Answer): string[] {
  const where = `${method} ${url.pathname} → ${status}`;
  const template = findTemplate(url.pathname);
  const head = method === 'HEAD';
  const errorBody = (): string[] => {
    if (head) return [];
    return jsonProblems(where, headers, body, ERROR_SCHEMA);
  };
  if (template === undefined) {
    // Not an API path (the built client) or an unknown API route, which answers as an error.
    if (!url.pathname.startsWith('/api/')) return [];
    if (status !== 404 && status !== 405) return [`${where}: an undocumented API path`];
    return errorBody();
  }
  const operation = template.item[head ? 'get' : method.toLowerCase()];
  if (operation === undefined) {
    const documented = METHODS.filter((name) => template.item[name] !== undefined);
    const allowed = documented.flatMap((name) => (name === 'get' ? ['GET', 'HEAD'] : [name]));
    const expected = allowed.map((name) => name.toUpperCase()).sort();
    if (status !== 405) return [`${where}: ${method} is not documented on ${template.path}`];
    const allow = headers.get('allow')?.split(/,\s*/).sort();
    if (allow?.join() !== expected.join()) {
      return [`${where}: Allow "${headers.get('allow')}", documented: ${expected.join(', ')}`];
    }
    return errorBody();
  }
  const response = operation.responses[String(status)];
  if (response === undefined) return [`${where}: status not documented for ${template.path}`];
  if (response.content === undefined) {
    return body.length === 0 ? [] : [`${where}: documented without a body, got ${body.length} B`];
  }
  const mediaType = (headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  const media = response.content[mediaType];
  if (media === undefined) {
    const documented = Object.keys(response.content).join(', ');
    return [`${where}: Content-Type "${mediaType}", documented: ${documented}`];
  }
  const validate = validators.get(media);
  if (head || validate === undefined) return [];
  return jsonProblems(where, headers, body, validate);
}

function jsonProblems(
  where: string,
  headers: Headers,
  body: Uint8Array,
  validate: ValidateFunction,
): string[] {
  if (!(headers.get('content-type') ?? '').startsWith('application/json')) {
    return [`${where}: not JSON (${headers.get('content-type')})`];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return [`${where}: the body is not valid JSON`];
  }
  if (validate(parsed)) return [];
  return (validate.errors ?? []).map(
    (error) => `${where}: body${error.instancePath} ${error.message ?? ''}`,
  );
}
