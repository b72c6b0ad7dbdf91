import { Language } from '@werkbord/shared';
import { en } from './en';
import { nl, type MessageKey, type Messages } from './nl';

const MESSAGES: Record<Language, Messages> = { [Language.Dutch]: nl, [Language.English]: en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Looks a text up and fills its `{placeholders}`. */
export function translate(language: Language, key: MessageKey, params?: Params): string {
  const text = MESSAGES[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
