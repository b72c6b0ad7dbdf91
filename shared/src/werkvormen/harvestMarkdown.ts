/**
 * The harvest as Markdown for a procesverslag: the title, the werkvorm and its settings, who
 * wrote on the board (or that it was written anonymously), then each table. Dates are written out ("maart 2017", "3 december 2026,
 * 14:05" in the reader's time zone); a table without rows is one line ("Nog niets."), not an
 * empty grid.
 */
import type { Language, Localized } from '../i18n.js';
import type { Harvest, HarvestChart } from './Harvest.js';
import { displayCell } from './harvestCells.js';
import { chartToText } from './harvestChartText.js';

export interface MarkdownOptions {
  title: string;
  language: Language;
  /** IANA time zone for times ("Europe/Amsterdam"). */
  timeZone: string;
  /** The werkvorm's name, shown above its settings. */
  werkvormName?: Localized;
}

export const REPORT_LABELS = {
  werkvorm: { nl: 'Werkvorm', en: 'Exercise' },
  deelnemers: { nl: 'Deelnemers', en: 'Participants' },
  schrijven: { nl: 'Schrijven', en: 'Writing' },
  anoniem: {
    nl: 'anoniem, kaarten en antwoorden noemen geen auteur',
    en: 'anonymous, cards and answers name no author',
  },
  nogNiets: { nl: 'Nog niets.', en: 'Nothing yet.' },
} satisfies Record<string, Localized>;

function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** A chart: its title and what the ends of its scale mean, then the chart as text in a code block. */
function markdownChart(chart: HarvestChart, language: MarkdownOptions['language']): string {
  const ends = `${chart.min} = ${chart.minLabel[language]} · ${chart.max} = ${chart.maxLabel[language]}`;
  // A fence longer than any run of backticks inside, so no text can close it early.
  const lines = chartToText(chart, language);
  const fence = '`'.repeat(Math.max(3, ...lines.map((line) => longestBackticks(line) + 1)));
  return [
    `## ${markdownCell(chart.title[language])}`,
    '',
    `_${markdownCell(ends)}_`,
    '',
    `${fence}text`,
    ...lines,
    fence,
  ].join('\n');
}

function longestBackticks(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

export function harvestToMarkdown(harvest: Harvest, options: MarkdownOptions): string {
  const { language, timeZone } = options;
  const facts: [Localized, string][] = [];
  if (options.werkvormName) facts.push([REPORT_LABELS.werkvorm, options.werkvormName[language]]);
  for (const setting of harvest.settings ?? [])
    facts.push([setting.label, setting.value[language]]);
  if (harvest.authors?.length) facts.push([REPORT_LABELS.deelnemers, harvest.authors.join(', ')]);
  if (harvest.anonymous) facts.push([REPORT_LABELS.schrijven, REPORT_LABELS.anoniem[language]]);
  const parts = [`# ${options.title.replace(/\s*\n\s*/g, ' ')}`];
  // Two spaces end a Markdown line without starting a paragraph: the facts stay one block.
  if (facts.length > 0) {
    parts.push(
      facts.map(([label, value]) => `**${label[language]}:** ${markdownCell(value)}`).join('  \n'),
    );
  }
  for (const chart of harvest.charts ?? []) parts.push(markdownChart(chart, language));
  for (const table of harvest.tables) {
    const heading = `## ${markdownCell(table.title[language])}`;
    if (table.rows.length === 0) {
      parts.push(`${heading}\n\n_${REPORT_LABELS.nogNiets[language]}_`);
      continue;
    }
    const header = table.columns.map((column) => markdownCell(column.label[language]));
    const rows = table.rows.map(
      (row) =>
        `| ${row
          .map((cell, index) =>
            markdownCell(displayCell(cell, table.columns[index], language, timeZone)),
          )
          .join(' | ')} |`,
    );
    parts.push(
      [
        heading,
        '',
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows,
      ].join('\n'),
    );
  }
  return parts.join('\n\n') + '\n';
}
