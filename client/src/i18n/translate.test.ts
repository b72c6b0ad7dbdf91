import { Language } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { nl } from './nl';
import { pluralCategory, translate, translatePlural, translatorFor } from './translate';

describe('translations', () => {
  it('translates every Dutch key into English and nothing more', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const text of Object.values(en)) expect(text.trim().length).toBeGreaterThan(0);
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as Array<keyof typeof nl>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translate(Language.Dutch, 'participants.count', { count: 3 })).toBe('3 aanwezig');
    expect(translate(Language.English, 'participants.count', { count: 3 })).toBe('3 present');
  });

  it('picks the plural form by Intl.PluralRules, not "kaart(en)"', () => {
    expect(translatePlural(Language.Dutch, 'snapshots.compare.cards', 1)).toBe('1 kaart');
    expect(translatePlural(Language.Dutch, 'snapshots.compare.cards', 3)).toBe('3 kaarten');
    expect(translatePlural(Language.Dutch, 'snapshots.compare.cards', 0)).toBe('0 kaarten');
    expect(translatePlural(Language.English, 'snapshots.compare.cards', 1)).toBe('1 card');
    expect(translatePlural(Language.English, 'snapshots.compare.cards', 2)).toBe('2 cards');
    const t = translatorFor(Language.Dutch);
    expect(t.plural('facilitation.cardLock.lockLabel', 1)).toBe(
      'Vastzetten: zet de gekozen kaart vast voor iedereen',
    );
    expect(t.plural('facilitation.cardLock.lockLabel', 4)).toBe(
      'Vastzetten: zet de 4 gekozen kaarten vast voor iedereen',
    );
    expect(t.plural('steps.minutesLabel', 1)).toBe('Voorgestelde tijd: ongeveer 1 minuut');
    expect(translatorFor(Language.English).plural('steps.minutesLabel', 10)).toBe(
      'Suggested time: about 10 minutes',
    );
  });

  it('knows one and other in both languages, with a decimal as other', () => {
    for (const language of [Language.Dutch, Language.English]) {
      expect(pluralCategory(language, 1)).toBe('one');
      expect(pluralCategory(language, 0)).toBe('other');
      expect(pluralCategory(language, 1.5)).toBe('other');
      expect(pluralCategory(language, 21)).toBe('other');
    }
  });

  it('gives every plural text both forms, and no text a "(en)" or "(s)" in place of one', () => {
    for (const messages of [nl, en]) {
      const keys = Object.keys(messages);
      for (const key of keys.filter((k) => k.endsWith('.other'))) {
        expect(keys, key).toContain(key.replace(/\.other$/, '.one'));
        expect(messages[key as keyof typeof nl], key).toContain('{count}');
      }
      for (const key of keys.filter((k) => k.endsWith('.one'))) {
        expect(keys, key).toContain(key.replace(/\.one$/, '.other'));
      }
      for (const [key, text] of Object.entries(messages)) {
        expect(text, key).not.toMatch(/\w\((en|s|e)\)/);
      }
    }
  });
});
