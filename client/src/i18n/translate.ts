import { Language } from '@werkbord/shared';
import { en } from './en';
import { nl, type MessageKey, type Messages } from './nl';

const MESSAGES: Record<Language, Messages> = { [Language.Dutch]: nl, [Language.English]: en };

export type Params = Record<string, string | number>;

/**
 * A text that depends on a number: its key names the forms, `<key>.one` and `<key>.other` (the
 * categories `Intl.PluralRules` gives Dutch and English), each with `{count}`.
 */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.other`
    ? `${Base}.one` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

export type Translate = ((key: MessageKey, params?: Params) => string) & {
  /** "1 kaart", "3 kaarten": the form `Intl.PluralRules` picks for `count`, with `{count}` filled. */
  plural: (key: PluralKey, count: number, params?: Params) => string;
};

/** Looks a text up and fills its `{placeholders}`. */
export function translate(language: Language, key: MessageKey, params?: Params): string {
  const text = MESSAGES[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The plural category of `count` in `language` (Dutch and English: `one` or `other`). */
export function pluralCategory(language: Language, count: number): 'one' | 'other' {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  // Other languages have more categories; ours have these two, and `other` is always there.
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** The text for `count` things: its plural form for the language, `{count}` filled. */
export function translatePlural(
  language: Language,
  key: PluralKey,
  count: number,
  params?: Params,
): string {
  const form = `${key}.${pluralCategory(language, count)}` as MessageKey;
  return translate(language, form, { ...params, count });
}

/** The translate function of one language, with its plural helper. */
export function translatorFor(language: Language): Translate {
  const t = (key: MessageKey, params?: Params) => translate(language, key, params);
  return Object.assign(t, {
    plural: (key: PluralKey, count: number, params?: Params) =>
      translatePlural(language, key, count, params),
  });
}
