import { describe, expect, it } from 'vitest';
import { THEMA_TEXT_FIELD, textField, textSettings } from './textSettings.js';

const schema = textSettings<{ thema: string; partner: string }>([
  THEMA_TEXT_FIELD,
  textField({ key: 'partner', label: { nl: 'Partner', en: 'Partner' }, maxLength: 10 }),
]);

describe('textSettings', () => {
  it('reads a text left out as empty, so the thema alone is enough', () => {
    expect(schema.validate({ thema: 'Samen' })).toEqual({
      ok: true,
      value: { thema: 'Samen', partner: '' },
    });
    expect(schema.defaults()).toEqual({ thema: '', partner: '' });
  });

  it('refuses what is no object, a text that is not text, and one that is too long', () => {
    expect(schema.validate(null).ok).toBe(false);
    expect(schema.validate(['thema']).ok).toBe(false);
    const result = schema.validate({ thema: 3, partner: 'x'.repeat(11) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['thema', 'partner']);
    expect(!result.ok && result.errors[1]?.message.nl).toBe(
      'Partner mag hoogstens 10 tekens hebben.',
    );
  });
});
