import { CirkelVanInvloed, Historielijn, type SettingsError } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import {
  errorsFor,
  errorsWithoutField,
  freshId,
  integerText,
  nameListValue,
  parseInteger,
  periodValue,
  textValue,
  withField,
  withNameAdded,
  withNameChanged,
  withNameRemoved,
  withPeriodPart,
} from './settingsValue';

describe('withField', () => {
  it('replaces one key and keeps the others', () => {
    const before = { thema: 'oud', rings: 2 };
    expect(withField(before, 'thema', 'nieuw')).toEqual({ thema: 'nieuw', rings: 2 });
    expect(before.thema).toBe('oud');
  });

  it('starts from an empty object when the settings are not one', () => {
    expect(withField(null, 'thema', 'x')).toEqual({ thema: 'x' });
    expect(withField([1], 'thema', 'x')).toEqual({ thema: 'x' });
  });
});

describe('text and number fields', () => {
  it('show anything that is not text as empty', () => {
    expect(textValue('Buurthuis')).toBe('Buurthuis');
    expect(textValue(undefined)).toBe('');
    expect(textValue(3)).toBe('');
  });

  it('read whole numbers and keep an empty or broken input as null', () => {
    expect(parseInteger('3')).toBe(3);
    expect(parseInteger(' 12 ')).toBe(12);
    expect(parseInteger('')).toBeNull();
    expect(parseInteger('2.5')).toBeNull();
    expect(parseInteger('e')).toBeNull();
    expect(integerText(4)).toBe('4');
    expect(integerText(null)).toBe('');
    expect(integerText(Number.NaN)).toBe('');
  });
});

describe('period fields', () => {
  const period = { from: { year: 2011, month: null }, to: { year: 2024, month: null } };

  it('change one part of one end', () => {
    expect(withPeriodPart(period, 'from', 'month', 3)).toEqual({
      from: { year: 2011, month: 3 },
      to: { year: 2024, month: null },
    });
    expect(withPeriodPart(period, 'to', 'year', 2020)).toEqual({
      from: { year: 2011, month: null },
      to: { year: 2020, month: null },
    });
    expect(withPeriodPart(period, 'to', 'year', null).to).toEqual({ year: null, month: null });
  });

  it('read a missing or partial period as empty ends', () => {
    expect(periodValue(undefined)).toEqual({
      from: { year: null, month: null },
      to: { year: null, month: null },
    });
    expect(periodValue({ from: { year: 2015 } }).from).toEqual({ year: 2015, month: null });
  });

  it('produce what the historielijn accepts, and a refusal for an empty year', () => {
    const schema = Historielijn.historielijn.settings;
    const settings = { ...schema.defaults(), period };
    const edited = withField(settings, 'period', withPeriodPart(period, 'from', 'month', 9));
    const ok = schema.validate(edited);
    expect(ok.ok && ok.value.period.from).toEqual({ year: 2011, month: 9 });
    const emptied = withField(settings, 'period', withPeriodPart(period, 'to', 'year', null));
    const refused = schema.validate(emptied);
    expect(!refused.ok && refused.errors.map((e) => e.field)).toEqual(['period']);
  });
});

describe('name lists', () => {
  const owners = [
    { id: 'team', name: 'Team' },
    { id: 'anna', name: 'Anna' },
  ];

  it('add an empty name with a fresh id', () => {
    const added = withNameAdded(owners, () => 0.5);
    expect(added).toHaveLength(3);
    expect(added.slice(0, 2)).toEqual(owners);
    expect(added[2]?.name).toBe('');
    expect(added[2]?.id).toMatch(/^[A-Za-z0-9]{7}$/);
  });

  it('never reuse an id that is taken', () => {
    let calls = 0;
    const random = () => (calls++ === 0 ? 0 : 0.25);
    const taken = [freshId([], () => 0)];
    const id = freshId(taken, random);
    expect(id).not.toBe(taken[0]);
    expect(calls).toBe(2);
  });

  it('rename and remove by position, keeping every id', () => {
    expect(withNameChanged(owners, 1, 'Anne')).toEqual([
      { id: 'team', name: 'Team' },
      { id: 'anna', name: 'Anne' },
    ]);
    expect(withNameRemoved(owners, 0)).toEqual([{ id: 'anna', name: 'Anna' }]);
  });

  it('skip malformed items', () => {
    expect(nameListValue([{ id: 'a', name: 'A' }, { name: 'geen id' }, 3, { id: 'b' }])).toEqual([
      { id: 'a', name: 'A' },
      { id: 'b', name: '' },
    ]);
    expect(nameListValue('x')).toEqual([]);
  });

  it('give ids the cirkel van invloed accepts, and a name is needed', () => {
    const schema = CirkelVanInvloed.cirkelVanInvloed.settings;
    const settings = schema.defaults();
    const added = withField(settings, 'owners', withNameAdded(settings.owners));
    const refused = schema.validate(added);
    expect(!refused.ok && refused.errors.map((e) => e.field)).toEqual(['owners']);
    const named = withField(added, 'owners', withNameChanged(added.owners, 1, 'Bob'));
    expect(schema.validate(named).ok).toBe(true);
  });
});

describe('errors', () => {
  const errors: SettingsError[] = [
    { field: 'period', message: { nl: 'a', en: 'a' } },
    { field: 'thema', message: { nl: 'b', en: 'b' } },
    { field: 'onbekend', message: { nl: 'c', en: 'c' } },
  ];

  it('are grouped by field, and those of no field are kept apart', () => {
    expect(errorsFor(errors, 'thema').map((e) => e.message.nl)).toEqual(['b']);
    expect(errorsWithoutField(errors, ['period', 'thema']).map((e) => e.field)).toEqual([
      'onbekend',
    ]);
  });
});
