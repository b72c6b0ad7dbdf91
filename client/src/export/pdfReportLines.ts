/**
 * The facts on the PDF's first page, labelled: the werkvorm, its settings as the harvest writes
 * them out (periode, doel, thema, initiatief…), the date it was made, and the Deelnemers: the
 * people who wrote on the board (the cards' authors), not whoever happens to be connected; on an
 * anonymous board, that it was written anonymously.
 */
import { formatDateTime, type Harvest, type Language } from '@werkbord/shared';
import { translate } from '../i18n/translate';

export interface ReportLinesInput {
  harvest: Harvest | null;
  werkvormName: string;
  language: Language;
  /** When the PDF is made (ms). */
  now: number;
  timeZone: string;
}

export function pdfReportLines({
  harvest,
  werkvormName,
  language,
  now,
  timeZone,
}: ReportLinesInput): string[] {
  const t = (key: Parameters<typeof translate>[1], params: Record<string, string>) =>
    translate(language, key, params);
  const lines = [t('export.pdf.werkvorm', { name: werkvormName })];
  for (const setting of harvest?.settings ?? []) {
    lines.push(`${setting.label[language]}: ${setting.value[language]}`);
  }
  lines.push(t('export.pdf.date', { date: formatDateTime(now, language, timeZone) }));
  const authors = harvest?.authors ?? [];
  if (authors.length > 0) lines.push(t('export.pdf.participants', { names: authors.join(', ') }));
  if (harvest?.anonymous) lines.push(t('export.pdf.anonymous', {}));
  return lines;
}
