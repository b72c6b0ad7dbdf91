/**
 * The interface language inside card shapes. Cards read it from tldraw's user preferences, which
 * `tldraw/userBridge.ts` keeps equal to our own language (`useUiStore`): that keeps the cards
 * inside tldraw's reactivity (no store subscription per card) and keeps the shape utils free of
 * browser-only modules, so the store's schema can still be built in Node tests.
 */
import { Language } from '@werkbord/shared';
import type { Editor } from 'tldraw';
import type { MessageKey } from '../../i18n/nl';
import { translate, type Params } from '../../i18n/translate';

/** Our language for a tldraw locale; anything but English reads as Dutch, the default. */
export function languageOfLocale(locale: string): Language {
  return locale.startsWith('en') ? Language.English : Language.Dutch;
}

/** The card language of this editor's user. Reactive inside tldraw's tracking. */
export function cardLanguage(editor: Editor): Language {
  return languageOfLocale(editor.user.getLocale());
}

export type CardText = (key: MessageKey, params?: Params) => string;

const texts = new Map<Language, CardText>();

/** `translate` bound to a language (one function per language, so props stay stable). */
export function cardText(language: Language): CardText {
  let text = texts.get(language);
  if (!text) {
    text = (key, params) => translate(language, key, params);
    texts.set(language, text);
  }
  return text;
}
