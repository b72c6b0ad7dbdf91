/**
 * Break points for long words on a card: a title that grows when zoomed out must wrap a long Dutch
 * compound ("Zorgverzekeraar") between syllables with a hyphen, not anywhere. Browsers hyphenate
 * automatically only with a dictionary they may not have (or would fetch from elsewhere), so this
 * inserts soft hyphens (U+00AD) by a plain rule of Dutch spelling: a single consonant before a
 * vowel starts a new syllable. Invisible unless the line breaks there.
 */

export const SOFT_HYPHEN = '\u00ad';

/** Words shorter than this stay whole. */
const MIN_WORD = 8;
/** Letters kept together at a word's start and end. */
const EDGE = 2;
const VOWELS = new Set('aeiouyàáâäèéêëìíîïòóôöùúûü');
/** A `h` after these belongs to them (ch, sch, th, gh, ph). */
const BEFORE_H = new Set('cstgp');

function isVowel(word: string, i: number): boolean {
  const c = word[i]?.toLowerCase() ?? '';
  // The j of "ij" is part of the vowel.
  return VOWELS.has(c) || (c === 'j' && word[i - 1]?.toLowerCase() === 'i');
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && c.toLowerCase() !== c.toUpperCase();
}

function hyphenateWord(word: string): string {
  if (word.length < MIN_WORD || [...word].some((c) => !isLetter(c))) return word;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const breaksHere =
      i >= EDGE &&
      word.length - i > EDGE &&
      !isVowel(word, i) &&
      isVowel(word, i + 1) &&
      !(word[i]?.toLowerCase() === 'h' && BEFORE_H.has(word[i - 1]?.toLowerCase() ?? ''));
    if (breaksHere) out += SOFT_HYPHEN;
    out += word[i];
  }
  return out;
}

/** The text with soft hyphens in its long words. */
export function softHyphens(text: string): string {
  return text.replace(/\p{L}+/gu, hyphenateWord);
}
