import { Language } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { nl } from './nl';
import { translate } from './translate';

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
});
