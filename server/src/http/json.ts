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

  constructor(status: number, code: ApiErrorCode, message: string, fields?: ApiFieldError[]) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
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
  sendJson(res, error.status, body);
}

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
  const tooLarge = new HttpError(413, ApiErrorCode.PayloadTooLarge, 'De aanvraag is te groot.');
  if (Number(req.headers['content-length'] ?? 0) > limitBytes) throw tooLarge;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes) throw tooLarge;
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, ApiErrorCode.InvalidJson, 'De aanvraag is geen geldige JSON.');
  }
}
