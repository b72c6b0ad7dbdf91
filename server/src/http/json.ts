/** JSON in and out: bodies with a size limit, answers with the right headers, errors as `{error, message}`. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApiError, ApiErrorCode, type ApiFieldError } from '@werkbord/shared';

/** An error answer; `message` is Dutch, for the person using the app. */
export class HttpError extends Error {
  override name = 'HttpError';
  readonly status: number;
  readonly code: ApiErrorCode;
  /** Refused form fields, sent along so a form can show each next to its field. */
  readonly fields: ApiFieldError[] | undefined;
  /** Extra response headers (`Allow` with a 405). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    code: ApiErrorCode,
    message: string,
    fields?: ApiFieldError[],
    headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.headers = headers;
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: HttpError): void {
  const body: ApiError = { error: error.code, message: error.message };
  if (error.fields) body.fields = error.fields;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, error.status, body, error.headers);
}

/** A 405 for a path whose routes have `allowed` methods only. */
export function methodNotAllowed(allowed: readonly string[]): HttpError {
  return new HttpError(
    405,
    ApiErrorCode.MethodNotAllowed,
    'Deze methode is hier niet toegestaan.',
    undefined,
    { Allow: allowed.join(', ') },
  );
}

/**
 * A body over the limit is read on and thrown away up to this much, so the client gets to read
 * its 413 instead of a reset halfway through its upload; a longer one is cut off.
 */
const MAX_DISCARDED_BYTES = 64 * 1024 * 1024;

/** Reads a JSON request body of at most `limitBytes`. */
export async function readJsonBody(req: IncomingMessage, limitBytes: number): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HttpError(
      415,
      ApiErrorCode.UnsupportedMediaType,
      'Stuur de gegevens als JSON (Content-Type: application/json).',
    );
  }
  const body = await readBody(req, limitBytes);
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, ApiErrorCode.InvalidJson, 'De aanvraag is geen geldige JSON.');
  }
}

/**
 * The body, or a 413 once it has passed `limitBytes`. Past the limit the rest is read and thrown
 * away (up to `MAX_DISCARDED_BYTES`) and the 413 is sent only after it: Node stops reading a
 * request whose answer is complete, so an early answer leaves the client stuck halfway through
 * its upload and then reset, never reading the 413. (Nor `for await`: leaving that loop early
 * destroys the request, and with it the socket.)
 */
function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const tooLarge = new HttpError(413, ApiErrorCode.PayloadTooLarge, 'De aanvraag is te groot.');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const over = () => size > limitBytes;
    if (Number(req.headers['content-length'] ?? 0) > limitBytes) size = limitBytes + 1;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (!over()) chunks.push(chunk);
      else if (size > MAX_DISCARDED_BYTES) req.destroy(tooLarge);
    });
    req.on('end', () => (over() ? reject(tooLarge) : resolve(Buffer.concat(chunks))));
    // A client that gives up halfway is no fault of the server's (and nobody reads the answer).
    const aborted = () =>
      reject(
        over()
          ? tooLarge
          : new HttpError(400, ApiErrorCode.BadRequest, 'De aanvraag is afgebroken.'),
      );
    req.on('error', aborted);
    req.on('close', aborted); // after 'end' this changes nothing: the promise is settled
  });
}
