/**
 * The harvest ("oogst") of a board: a werkvorm's structured result plus the same content as
 * tables, which export as CSV and Markdown for the procesverslag.
 */
import type { Language, Localized } from '../i18n.js';

/** A table cell: plain text (names, stories, ISO dates) or a text per language (labels). */
export type HarvestCell = string | Localized;

export interface HarvestColumn {
  key: string;
  label: Localized;
}

export interface HarvestTable {
  id: string;
  title: Localized;
  columns: readonly HarvestColumn[];
  /** One cell per column, in column order. */
  rows: readonly (readonly HarvestCell[])[];
}

/** A reflection answer: a card in the reflectie zone, or an answer given another way. */
export interface ReflectionAnswer {
  /** The card it was written on; `null` for answers not on the board. */
  cardId: string | null;
  text: string;
  author: string;
}

/** The dots a card got in the board's voting round ("stemmen"). */
export interface HarvestVote {
  cardId: string;
  /** The card's short text (`cardTitle`). */
  text: string;
  count: number;
}

export interface Harvest<R = unknown> {
  werkvorm: string;
  thema: string;
  /** The werkvorm's structured result (its type is exported with the werkvorm). */
  result: R;
  reflection: { prompts: readonly Localized[]; answers: readonly ReflectionAnswer[] };
  tables: readonly HarvestTable[];
  /**
   * The voting round's totals, most dots first (`harvestBoard` always sets it; empty when nobody
   * voted or the totals are hidden). With votes, `tables` ends with a `stemmen` table too.
   */
  votes?: readonly HarvestVote[];
}

/** A cell's text in a language. */
/** Column and table labels every werkvorm's harvest uses. */
export const COMMON_HARVEST_LABELS = {
  tekst: { nl: 'Tekst', en: 'Text' },
  auteur: { nl: 'Auteur', en: 'Author' },
  overig: { nl: 'Overige kaarten', en: 'Other cards' },
} satisfies Record<string, Localized>;

export function cellText(cell: HarvestCell, language: Language): string {
  return typeof cell === 'string' ? cell : cell[language];
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One table as CSV (RFC 4180: comma-separated, quoted where needed, CRLF line ends). */
export function tableToCsv(table: HarvestTable, language: Language): string {
  const lines = [
    table.columns.map((column) => csvField(column.label[language])),
    ...table.rows.map((row) => row.map((cell) => csvField(cellText(cell, language)))),
  ];
  return lines.map((line) => line.join(',')).join('\r\n') + '\r\n';
}

function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** The whole harvest as Markdown: a heading, the thema, then each table. */
export function harvestToMarkdown(harvest: Harvest, title: string, language: Language): string {
  const themaLabel = language === 'nl' ? 'Thema' : 'Theme';
  const parts = [`# ${title}`];
  if (harvest.thema.trim()) parts.push(`**${themaLabel}:** ${markdownCell(harvest.thema)}`);
  for (const table of harvest.tables) {
    const header = table.columns.map((column) => markdownCell(column.label[language]));
    const rows = table.rows.map(
      (row) => `| ${row.map((cell) => markdownCell(cellText(cell, language))).join(' | ')} |`,
    );
    parts.push(
      [
        `## ${table.title[language]}`,
        '',
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows,
      ].join('\n'),
    );
  }
  return parts.join('\n\n') + '\n';
}

/** An ISO date-time for a card's creation time, `''` when unknown. */
export function isoTime(ms: number | null): string {
  return ms === null ? '' : new Date(ms).toISOString();
}
