/**
 * The answer of `GET /api/boards/<id>/harvest`: the harvest as JSON (default), as Markdown for a
 * procesverslag (`format=markdown`), or one of its tables as CSV (`format=csv&table=<index|id>`).
 * `lang=en` gives Markdown and CSV English labels; JSON carries both languages anyway. CSV takes
 * `sep=;` for Dutch Excel. Markdown writes times in `tz` (an IANA zone; the browser sends its
 * own), else in Europe/Amsterdam: the server does not know where its reader is.
 */
import type { ServerResponse } from 'node:http';
import {
  ApiErrorCode,
  type BoardHarvestResponse,
  CSV_SEPARATORS,
  type CsvSeparator,
  DEFAULT_TIME_ZONE,
  findWerkvorm,
  HarvestFormat,
  harvestToMarkdown,
  isTimeZone,
  type Language,
  tableToCsv,
} from '@werkbord/shared';
import type { BoardHarvest } from '../boards/harvest.js';
import { HttpError, sendJson } from './json.js';

const badRequest = (message: string) => new HttpError(400, ApiErrorCode.BadRequest, message);

function readLanguage(params: URLSearchParams): Language {
  const lang = params.get('lang') ?? 'nl';
  if (lang !== 'nl' && lang !== 'en') throw badRequest('Kies als taal "nl" of "en".');
  return lang;
}

function readSeparator(params: URLSearchParams): CsvSeparator {
  const separator = params.get('sep') ?? ',';
  const known = CSV_SEPARATORS.find((candidate) => candidate === separator);
  if (known === undefined) throw badRequest('Kies als scheidingsteken "," of ";".');
  return known;
}

function readTimeZone(params: URLSearchParams): string {
  const zone = params.get('tz') ?? DEFAULT_TIME_ZONE;
  if (!isTimeZone(zone))
    throw badRequest('Kies als tijdzone een IANA-naam, zoals "Europe/Amsterdam".');
  return zone;
}

function sendText(res: ServerResponse, contentType: string, text: string): void {
  res.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

export function sendHarvest(
  res: ServerResponse,
  params: URLSearchParams,
  { title, harvest }: BoardHarvest,
): void {
  const format = params.get('format') ?? HarvestFormat.Json;
  switch (format) {
    case HarvestFormat.Json: {
      const body: BoardHarvestResponse = harvest;
      return sendJson(res, 200, body);
    }
    case HarvestFormat.Markdown:
      return sendText(
        res,
        'text/markdown; charset=utf-8',
        harvestToMarkdown(harvest, {
          title,
          language: readLanguage(params),
          timeZone: readTimeZone(params),
          werkvormName: findWerkvorm(harvest.werkvorm)?.name,
        }),
      );
    case HarvestFormat.Csv: {
      const wanted = params.get('table') ?? '';
      const table = /^\d+$/.test(wanted)
        ? harvest.tables[Number(wanted)]
        : harvest.tables.find((candidate) => candidate.id === wanted);
      if (table === undefined) {
        const ids = harvest.tables.map((candidate, index) => `${index} (${candidate.id})`);
        throw badRequest(`Kies een tabel met "table": ${ids.join(', ')}.`);
      }
      // The byte order mark makes spreadsheet programs read the accents as UTF-8.
      return sendText(
        res,
        'text/csv; charset=utf-8',
        `\uFEFF${tableToCsv(table, readLanguage(params), readSeparator(params))}`,
      );
    }
    default:
      throw badRequest('Kies als formaat "json", "markdown" of "csv".');
  }
}
