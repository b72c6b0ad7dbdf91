/** The group's middle and spread on a scale: what a begeleider reads off a row of markers. */
import type { Localized } from '../i18n.js';

export interface ScaleStats {
  count: number;
  /** The middle value (of an even count, halfway between the two middle ones); `null` for none. */
  median: number | null;
  min: number | null;
  max: number | null;
  /** `max - min`: how far apart the group stands; `null` for none. */
  spread: number | null;
}

export function scaleStats(values: readonly number[]): ScaleStats {
  if (values.length === 0) return { count: 0, median: null, min: null, max: null, spread: null };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  const min = sorted[0] as number;
  const max = sorted.at(-1) as number;
  return { count: sorted.length, median, min, max, spread: max - min };
}

/** A value as each language writes it: "6,5" and "6.5"; empty for none. */
export function localizeNumber(value: number | null): Localized {
  if (value === null) return { nl: '', en: '' };
  const text = String(Math.round(value * 10) / 10);
  return { nl: text.replace('.', ','), en: text };
}
