import { describe, expect, it } from 'vitest';
import { CURRENT_LAYOUT_VERSION } from '../layoutVersion.js';
import { historielijnSettings, type HistorielijnSettings } from './settings.js';

const valid: HistorielijnSettings = {
  period: { from: { year: 2011, month: null }, to: { year: 2025, month: null } },
  purpose: 'volgende-fase',
  thema: 'Jongeren sneller aan werk',
  layoutVersion: CURRENT_LAYOUT_VERSION,
};

function errorsFor(input: unknown) {
  const result = historielijnSettings.validate(input);
  return result.ok ? [] : result.errors;
}

describe('historielijn settings', () => {
  it('runs from 2011 to the current year by default, to evaluate a period', () => {
    const defaults = historielijnSettings.defaults(new Date('2030-02-01T00:00:00Z'));
    expect(defaults.period).toEqual({
      from: { year: 2011, month: null },
      to: { year: 2030, month: null },
    });
    expect(defaults.purpose).toBe('evalueren');
  });

  it('accepts a period with months, and a month left out as the whole year', () => {
    expect(historielijnSettings.validate(valid)).toEqual({ ok: true, value: valid });
    const withMonth = {
      ...valid,
      period: { from: { year: 2024, month: 9 }, to: { year: 2025 } },
    };
    expect(historielijnSettings.validate(withMonth)).toEqual({
      ok: true,
      value: {
        ...valid,
        period: { from: { year: 2024, month: 9 }, to: { year: 2025, month: null } },
      },
    });
  });

  it('refuses an end that is not after the start', () => {
    for (const to of [
      { year: 2011, month: null },
      { year: 2010, month: 12 },
    ]) {
      const errors = errorsFor({ ...valid, period: { from: valid.period.from, to } });
      expect(errors.map((e) => e.field)).toEqual(['period']);
      expect(errors[0]?.message.nl).toContain('vóór het eind');
      expect(errors[0]?.message.en).toContain('before the end');
    }
  });

  it('refuses a period longer than sixty years', () => {
    const tooLong = { from: { year: 1960, month: null }, to: { year: 2020, month: null } };
    expect(errorsFor({ ...valid, period: tooLong })[0]?.message.en).toContain('at most 60 years');
    const sixty = { from: { year: 1961, month: null }, to: { year: 2020, month: null } };
    expect(errorsFor({ ...valid, period: sixty })).toEqual([]);
  });

  it('refuses impossible dates, an unknown purpose and a thema that is too long, all at once', () => {
    const errors = errorsFor({
      period: { from: { year: 2011, month: 13 }, to: { year: 2020, month: null } },
      purpose: 'toString',
      thema: 'x'.repeat(201),
    });
    expect(errors.map((e) => e.field)).toEqual(['period', 'purpose', 'thema']);
  });
});
