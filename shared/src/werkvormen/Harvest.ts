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
  /**
   * The column holds ISO dates: `period` an anekdote's date (`2017-03`), `time` a moment
   * (`2026-12-03T13:05:00.000Z`). JSON and CSV keep them; reports write them out (`displayCell`).
   */
  format?: 'period' | 'time';
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

/** One of the werkvorm's settings, written out for a report ("Periode: 2015 – 2020"). */
export interface HarvestSetting {
  key: string;
  label: Localized;
  value: Localized;
}

/** A person's value in a chart: their name, colour (`#rrggbb`) and where they stood. */
export interface HarvestChartPoint {
  name: string;
  colour: string;
  value: number;
}

/** One row of a scale chart: the values of one moment (a ronde of markers, or now). */
export interface HarvestChartSeries {
  label: Localized;
  points: readonly HarvestChartPoint[];
  /** The middle value; `null` when nobody gave one. */
  median: number | null;
  /** The lowest and the highest value (the spread between them); `null` when nobody gave one. */
  range: { min: number; max: number } | null;
}

/**
 * A small chart for the reports and the board: people's values on a scale of whole numbers from
 * `min` to `max`, one row per moment, so then and now show one above the other. Drawn by our own
 * code: as text in Markdown (`harvestChartText.ts`), as vector graphics in the PDF and on the board.
 */
export interface HarvestChart {
  kind: 'scale';
  id: string;
  title: Localized;
  min: number;
  max: number;
  /** What the ends of the scale stand for. */
  minLabel: Localized;
  maxLabel: Localized;
  series: readonly HarvestChartSeries[];
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
  /** Charts of the result, drawn in the reports before the tables (a schaalvraag's markers). */
  charts?: readonly HarvestChart[];
  /**
   * The voting round's totals, most dots first (`harvestBoard` always sets it; empty when nobody
   * voted or the totals are hidden). With votes, `tables` ends with a `stemmen` table too.
   */
  votes?: readonly HarvestVote[];
  /** The board's settings for a report, in the settings form's order (`harvestBoard` sets it). */
  settings?: readonly HarvestSetting[];
  /**
   * Who wrote on the board: the distinct authors of its cards, alphabetical (`harvestBoard` sets
   * it): the report's "Deelnemers", rather than whoever is connected when it is made.
   */
  authors?: readonly string[];
  /**
   * `true` when the board is written anonymously ("anoniem schrijven"): no card, table or answer
   * names its author, and `authors` is empty (`harvestBoard` sets it only then).
   */
  anonymous?: boolean;
}

/**
 * The key of a table's author column. Every werkvorm names it so: an anonymous board's harvest
 * drops the column by this key (`harvestBoard`).
 */
export const AUTHOR_COLUMN = 'auteur';

/** Column and table labels every werkvorm's harvest uses. */
export const COMMON_HARVEST_LABELS = {
  tekst: { nl: 'Tekst', en: 'Text' },
  auteur: { nl: 'Auteur', en: 'Author' },
  overig: { nl: 'Overige kaarten', en: 'Other cards' },
} satisfies Record<string, Localized>;

/** A cell's text in a language (ISO dates as they are; `displayCell` writes them out). */
export function cellText(cell: HarvestCell, language: Language): string {
  return typeof cell === 'string' ? cell : cell[language];
}

/** An ISO date-time for a card's creation time, `''` when unknown. */
export function isoTime(ms: number | null): string {
  return ms === null ? '' : new Date(ms).toISOString();
}
