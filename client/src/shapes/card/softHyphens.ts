/**
 * Break points for long words on a card: a title that grows when zoomed out must wrap a long Dutch
 * compound ("Zorgverzekeraar") between syllables with a hyphen, not anywhere. Browsers hyphenate
 * automatically only with a dictionary they may not have (or would fetch from elsewhere), so this
 * inserts soft hyphens (U+00AD) by the plain rule of Dutch spelling: of the consonants between two
 * vowels, the next syllable takes as many as can begin a word ("in-sprin-gen", "wacht-tijd"), the
 * syllable before keeps the rest. Invisible unless the line breaks there.
 */

export const SOFT_HYPHEN = '\u00ad';

/** Words shorter than this stay whole. */
const MIN_WORD = 8;
/** Letters kept together at a word's start and end. */
const EDGE = 2;
const VOWELS = new Set('aeiouyàáâäèéêëìíîïòóôöùúûü');
/** Consonant clusters a Dutch syllable can begin with (beyond a single consonant). */
const ONSETS = new Set([
  'bl',
  'br',
  'ch',
  'chr',
  'dr',
  'dw',
  'fl',
  'fr',
  'gl',
  'gr',
  'kl',
  'kn',
  'kr',
  'kw',
  'pl',
  'pr',
  'sch',
  'schr',
  'sj',
  'sk',
  'sl',
  'sm',
  'sn',
  'sp',
  'spl',
  'spr',
  'st',
  'str',
  'sw',
  'th',
  'tr',
  'tw',
  'vl',
  'vr',
  'wr',
  'zw',
]);

function isVowel(word: string, i: number): boolean {
  const c = word[i] ?? '';
  // The j of "ij" is part of the vowel.
  return VOWELS.has(c) || (c === 'j' && word[i - 1] === 'i');
}

/** How many of a cluster's last consonants begin the next syllable. */
function onsetLength(cluster: string): number {
  for (let length = Math.min(4, cluster.length); length > 1; length--) {
    if (ONSETS.has(cluster.slice(-length))) return length;
  }
  return 1;
}

function hyphenateWord(word: string): string {
  if (word.length < MIN_WORD) return word;
  const lower = word.toLowerCase();
  const breaks: number[] = [];
  let i = 0;
  while (i < lower.length && !isVowel(lower, i)) i++;
  while (i < lower.length) {
    while (i < lower.length && isVowel(lower, i)) i++;
    const start = i;
    while (i < lower.length && !isVowel(lower, i)) i++;
    // A cluster between two vowels (not the word's last consonants).
    if (i < lower.length && i > start) {
      const at = i - onsetLength(lower.slice(start, i));
      if (at >= EDGE && lower.length - at > EDGE) breaks.push(at);
    }
  }
  let out = '';
  let from = 0;
  for (const at of breaks) {
    out += word.slice(from, at) + SOFT_HYPHEN;
    from = at;
  }
  return out + word.slice(from);
}

/** The text with soft hyphens in its long words. */
export function softHyphens(text: string): string {
  return text.replace(/\p{L}+/gu, hyphenateWord);
}
