/**
 * Marks on cards that a werkvorm declares (the progressiecirkel's "laaghangend fruit"): a flag any
 * deelnemer can switch on a card, shown on the board and carried in the harvest. What a mark means
 * belongs to the werkvorm; the card only holds the ids of the marks switched on.
 *
 * The ids live in the shape's `meta` (`meta.marks`), not in its props: every card kind (and
 * tldraw's own note) can carry one without a new props version, boards made before marks existed
 * need no migration, and a browser still running an older build keeps a marked card instead of
 * refusing it. Readers take only what they understand (`readCardMarks`), like the rest of the
 * harvest.
 */
import type { Localized } from '../i18n.js';
import type { TldrawColor } from '../werkvormen/Layout.js';

/** A mark a werkvorm offers on its cards. */
export interface CardMark {
  /** Stable, stored on the card: lowercase letters, digits and `-`. */
  id: string;
  /** The name on the toggle, on the card and in reports ("Laaghangend fruit"). */
  label: Localized;
  /** A word or two for the card when the board is zoomed out ("fruit"). */
  short: Localized;
  /** What the mark means, for the toggle's hint ("Deze stap is het makkelijkst te zetten"). */
  hint: Localized;
  /** The colour of the mark on the card, so it reads from the back of the room. */
  color: TldrawColor;
}

/** The key in a shape's `meta` that holds its mark ids. */
export const CARD_MARKS_META_KEY = 'marks';

/** More than any werkvorm declares; a record with more is read up to this many. */
export const MAX_CARD_MARKS = 8;

const MARK_ID = /^[a-z0-9-]{1,40}$/;

/** Whether a string can be a mark id. */
export function isCardMarkId(value: unknown): value is string {
  return typeof value === 'string' && MARK_ID.test(value);
}

/** The mark ids in a shape's `meta`, each once, in stored order; anything else is left out. */
export function readCardMarks(meta: unknown): string[] {
  if (typeof meta !== 'object' || meta === null) return [];
  const value = (meta as Record<string, unknown>)[CARD_MARKS_META_KEY];
  if (!Array.isArray(value)) return [];
  const marks: string[] = [];
  for (const item of value.slice(0, MAX_CARD_MARKS)) {
    if (isCardMarkId(item) && !marks.includes(item)) marks.push(item);
  }
  return marks;
}

/** The marks with `id` switched on or off, keeping the order of the others. */
export function withCardMark(marks: readonly string[], id: string, on: boolean): string[] {
  const others = marks.filter((mark) => mark !== id);
  return on ? [...others, id] : others;
}

/** The declared marks a card carries, in the werkvorm's order. */
export function declaredMarks(
  declared: readonly CardMark[] | undefined,
  marks: readonly string[] | undefined,
): CardMark[] {
  if (!declared || !marks || marks.length === 0) return [];
  return declared.filter((mark) => marks.includes(mark.id));
}
