/**
 * A harvest table as CSV (RFC 4180: quoted where needed, CRLF line ends), safe to open in a
 * spreadsheet: a cell that a spreadsheet would read as a formula (it starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return) gets a leading `'`, so a card typed `=HYPERLINK(…)` stays text.
 * Dutch Excel expects `;` between fields (its list separator), so the separator is a choice.
 */
import type { Language } from '../i18n.js';
import { cellText, type HarvestTable } from './Harvest.js';

export const CSV_SEPARATORS = [',', ';'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/** What spreadsheet programs take for the start of a formula (OWASP's "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell's text as a CSV field: formulas neutralised, quoted when it holds a separator, quote or line break. */
export function csvField(text: string, separator: CsvSeparator = ','): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One table as CSV, its header in `language`; ISO dates stay ISO. */
export function tableToCsv(
  table: HarvestTable,
  language: Language,
  separator: CsvSeparator = ',',
): string {
  const lines = [
    table.columns.map((column) => column.label[language]),
    ...table.rows.map((row) => row.map((cell) => cellText(cell, language))),
  ];
  return (
    lines
      .map((line) => line.map((text) => csvField(text, separator)).join(separator))
      .join('\r\n') + '\r\n'
  );
}
