/**
 * Two boards of one werkvorm side by side ("borden vergelijken"): two teams' cirkels van invloed,
 * two stakeholdermaps. The comparison is data in both languages, like the harvest it is made
 * from: a few findings to say out loud, and tables (`HarvestTable`, so every reader that shows
 * a harvest table shows these too). The generic part (`compareBoards.ts`) works for every
 * werkvorm; a werkvorm adds its own view through `Werkvorm.compare`.
 */
import type { Localized } from '../i18n.js';
import type { Harvest, HarvestColumn, HarvestTable } from '../werkvormen/Harvest.js';

/** One of the two boards, as the comparison names it. */
export interface ComparedBoard {
  title: string;
  /** Its cards, reflection answers included. */
  cards: number;
}

export interface BoardComparison {
  werkvorm: string;
  /** The two boards, in the order they were asked for: `a` then `b`. */
  boards: readonly [ComparedBoard, ComparedBoard];
  /** Short sentences for the top of the page, the most telling first. */
  findings: readonly Finding[];
  /** The details: the werkvorm's own tables first, then the generic ones it keeps. */
  tables: readonly HarvestTable[];
}

/** One sentence of the comparison; the id lets a werkvorm leave out a generic one. */
export interface Finding {
  id: string;
  text: Localized;
}

/** A board's harvest with the title it goes by in the comparison. */
export interface HarvestedBoard<R = unknown> {
  title: string;
  harvest: Harvest<R>;
}

/** The ids of the generic tables, so a werkvorm can leave out what its own tables say better. */
export const GenericTable = {
  Zones: 'zones',
  OnlyA: 'alleen-a',
  OnlyB: 'alleen-b',
  Elsewhere: 'elders',
} as const;

/** The ids of the generic findings. */
export const GenericFinding = {
  Counts: 'aantallen',
  BiggestDifference: 'grootste-verschil',
  Elsewhere: 'elders',
} as const;

/**
 * The key two card texts match by: case, spacing and trailing punctuation do not matter
 * ("Werkdruk." on one board is "werkdruk" on the other). `''` for a card without text.
 */
export function matchKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('nl')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!?…"'“”‘’]+$/u, '')
    .replace(/^["'“”‘’]+/u, '');
}

export interface TextMatch<T> {
  /** Pairs with the same key, in the order of `a`. */
  both: [T, T][];
  onlyA: T[];
  onlyB: T[];
}

/**
 * Matches two lists by text, as multisets: a text twice on one board and once on the other is
 * once on both and once only there. Items (objects) without text match nothing and are left out.
 */
export function matchByText<T extends object>(
  a: readonly T[],
  b: readonly T[],
  text: (item: T) => string,
): TextMatch<T> {
  const waiting = new Map<string, T[]>();
  for (const item of b) {
    const key = matchKey(text(item));
    if (key) waiting.set(key, [...(waiting.get(key) ?? []), item]);
  }
  const match: TextMatch<T> = { both: [], onlyA: [], onlyB: [] };
  for (const item of a) {
    const key = matchKey(text(item));
    if (!key) continue;
    const partner = waiting.get(key)?.shift();
    if (partner === undefined) match.onlyA.push(item);
    else match.both.push([item, partner]);
  }
  const left = new Set([...waiting.values()].flat());
  match.onlyB = b.filter((item) => left.has(item));
  return match;
}

/** A column per board, headed by its title. */
export function boardColumns(
  a: { title: string },
  b: { title: string },
): [HarvestColumn, HarvestColumn] {
  return [
    { key: 'a', label: { nl: a.title, en: a.title } },
    { key: 'b', label: { nl: b.title, en: b.title } },
  ];
}

/** The same text in both languages (a number, a name). */
export const same = (text: string): Localized => ({ nl: text, en: text });

/** A whole percentage of `part` in `whole`, `null` when there is no whole. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100);
}
