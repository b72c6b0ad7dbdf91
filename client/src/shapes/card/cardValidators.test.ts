import {
  DEFAULT_SHAPE_PROPS,
  TextLimit,
  parseAnekdoteProps,
  parseKaartProps,
  parseStakeholderProps,
} from '@werkbord/shared';
import { T } from 'tldraw';
import { describe, expect, it } from 'vitest';
import { anekdoteShapeProps } from '../anekdote/anekdoteProps';
import { kaartShapeProps } from '../kaart/kaartProps';
import { stakeholderShapeProps } from '../stakeholder/stakeholderProps';

/** Values for one prop: each must be accepted by both sides, or refused by both. */
type Cases = Record<string, unknown[]>;

const text = (max: number): unknown[] => [
  '',
  'Hoi',
  'x'.repeat(max),
  'x'.repeat(max + 1),
  null,
  undefined,
  42,
  ['a'],
];

const base: Cases = {
  w: [1, 0.5, 240, 100_000, 100_001, 0, -1, NaN, Infinity, '240', null],
  h: [1, 160, 100_000, 100_000.5, 0, -5, -Infinity, undefined],
  author: text(TextLimit.Author),
  createdAt: [0, 1_700_000_000_000, 0.5, -1, NaN, Infinity, '0', null],
};

const KINDS = [
  {
    name: 'anekdote',
    defaults: { ...DEFAULT_SHAPE_PROPS.anekdote, date: '2015-03', title: 'T', story: 'S' },
    validator: T.object(anekdoteShapeProps),
    parse: parseAnekdoteProps,
    cases: {
      ...base,
      date: [
        '',
        '2015',
        '2015-03',
        '2015-03/2016',
        'maart 2015',
        '2014–2016',
        '2016–2014',
        '15',
        'gisteren',
        ' ',
        `2015${' '.repeat(70)}`,
        '2015-13',
        null,
        2015,
      ],
      title: text(TextLimit.Title),
      story: text(TextLimit.Story),
    } satisfies Cases,
  },
  {
    name: 'stakeholder',
    defaults: { ...DEFAULT_SHAPE_PROPS.stakeholder, name: 'Wijkteam', tags: [] },
    validator: T.object(stakeholderShapeProps),
    parse: parseStakeholderProps,
    cases: {
      ...base,
      name: text(TextLimit.Name),
      belangen: text(TextLimit.Belangen),
      tags: [
        [],
        ['botst-met-initiatief'],
        ['kans-voor-linkje', 'botst-met-initiatief'],
        ['kans-voor-linkje', 'kans-voor-linkje'],
        ['onbekend'],
        [42],
        'kans-voor-linkje',
        null,
        {},
      ],
    } satisfies Cases,
  },
  {
    name: 'kaart',
    defaults: { ...DEFAULT_SHAPE_PROPS.kaart, text: 'Een kaart' },
    validator: T.object(kaartShapeProps),
    parse: parseKaartProps,
    cases: { ...base, text: text(TextLimit.Text) } satisfies Cases,
  },
];

describe.each(KINDS)('$name prop validators', ({ defaults, validator, parse, cases }) => {
  it('accept the default props', () => {
    expect(validator.isValid(defaults)).toBe(true);
    expect(parse(defaults)).not.toBeNull();
  });

  it('cover every prop of the shared contract', () => {
    expect(Object.keys(validator.config).sort()).toEqual(Object.keys(defaults).sort());
    expect(Object.keys(cases).sort()).toEqual(Object.keys(defaults).sort());
  });

  const rows = Object.entries(cases).flatMap(([prop, values]) =>
    values.map((value) => ({ prop, value })),
  );
  it.each(rows)('agree with shared on $prop = $value', ({ prop, value }) => {
    const props = { ...defaults, [prop]: value };
    expect(validator.isValid(props)).toBe(parse(props) !== null);
  });

  it('refuse a missing prop, like shared', () => {
    for (const prop of Object.keys(defaults)) {
      const props: Record<string, unknown> = { ...defaults };
      delete props[prop];
      expect(validator.isValid(props), prop).toBe(false);
      expect(parse(props), prop).toBeNull();
    }
  });
});
