import { describe, expect, it } from 'vitest';
import { cardsFromRecords, richTextToPlain } from './cardsFromRecords.js';
import {
  DEFAULT_SHAPE_PROPS,
  parseAnekdoteProps,
  parseKaartProps,
  parseRelatieProps,
  parseStakeholderProps,
} from './shapeProps.js';

function shape(id: string, type: string, props: object, extra: object = {}) {
  return {
    id: `shape:${id}`,
    typeName: 'shape',
    type,
    x: 100,
    y: 50,
    rotation: 0,
    parentId: 'page:page',
    index: 'a1',
    isLocked: false,
    opacity: 1,
    props,
    meta: {},
    ...extra,
  };
}

const anekdote = (id: string, props: object = {}) =>
  shape(id, 'werkbord-anekdote', {
    ...DEFAULT_SHAPE_PROPS.anekdote,
    date: '2015-03',
    title: 'De oerknal',
    story: 'Zo begon het.',
    author: 'Anna',
    createdAt: 1_700_000_000_000,
    ...props,
  });
const stakeholder = (id: string, props: object = {}) =>
  shape(id, 'werkbord-stakeholder', {
    ...DEFAULT_SHAPE_PROPS.stakeholder,
    name: 'Wijkteam',
    belangen: 'Snel kunnen schakelen',
    tags: ['kans-voor-linkje'],
    ...props,
  });
const kaart = (id: string, text = 'Een kaart') =>
  shape(id, 'werkbord-kaart', { ...DEFAULT_SHAPE_PROPS.kaart, text });
const relatie = (id: string, from: string, to: string, strength = 'zwak') =>
  shape(id, 'werkbord-relatie', { ...DEFAULT_SHAPE_PROPS.relatie, from, to, strength });
const richText = (...paragraphs: string[]) => ({
  type: 'doc',
  content: paragraphs.map((text) =>
    text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' },
  ),
});

describe('cardsFromRecords', () => {
  it('reads each card shape with its fields and bounds', () => {
    const { cards } = cardsFromRecords([anekdote('a'), stakeholder('s'), kaart('k')]);
    expect(cards).toEqual([
      {
        id: 'shape:a',
        kind: 'anekdote',
        x: 100,
        y: 50,
        w: 240,
        h: 160,
        period: { kind: 'point', at: { year: 2015, month: 3 } },
        title: 'De oerknal',
        story: 'Zo begon het.',
        author: 'Anna',
        createdAt: 1_700_000_000_000,
      },
      {
        id: 'shape:s',
        kind: 'stakeholder',
        x: 100,
        y: 50,
        w: 220,
        h: 150,
        name: 'Wijkteam',
        belangen: 'Snel kunnen schakelen',
        tags: ['kans-voor-linkje'],
        author: '',
        createdAt: null,
      },
      {
        id: 'shape:k',
        kind: 'kaart',
        x: 100,
        y: 50,
        w: 200,
        h: 200,
        text: 'Een kaart',
        author: '',
        createdAt: null,
      },
    ]);
  });

  it('reads an anecdote without a date as undated', () => {
    const { cards } = cardsFromRecords([anekdote('a', { date: '' })]);
    expect(cards[0]).toMatchObject({ kind: 'anekdote', period: null });
  });

  it('reads a creation time no date can show as unknown', () => {
    for (const createdAt of [1e300, Number.NaN, -5, 8.64e15 + 1]) {
      const note = shape('n', 'note', { richText: richText('x') }, { meta: { createdAt } });
      expect(cardsFromRecords([note]).cards[0]?.createdAt).toBeNull();
    }
  });

  it('reads a tldraw note as a kaart with its text, size, author and time', () => {
    const note = shape(
      'n',
      'note',
      { color: 'yellow', richText: richText('Eerste regel', '', 'Derde'), scale: 2, growY: 50 },
      { meta: { author: 'Bram', createdAt: 1_700_000_000_001 } },
    );
    const { cards } = cardsFromRecords([note]);
    expect(cards).toEqual([
      {
        id: 'shape:n',
        kind: 'kaart',
        x: 100,
        y: 50,
        w: 400,
        h: 500,
        text: 'Eerste regel\n\nDerde',
        author: 'Bram',
        createdAt: 1_700_000_000_001,
      },
    ]);
  });

  it('places a card inside a rotated frame in page coordinates', () => {
    const frame = shape(
      'f',
      'frame',
      { w: 1000, h: 1000 },
      { x: 1000, y: 0, rotation: Math.PI / 2 },
    );
    const child = { ...kaart('k'), parentId: 'shape:f', x: 0, y: 0 };
    const { cards } = cardsFromRecords([child, frame]);
    // A quarter turn maps the child's (0..200, 0..200) to (-200..0, 0..200), then shifts by the frame.
    expect(cards[0]?.x).toBeCloseTo(800);
    expect(cards[0]?.y).toBeCloseTo(0);
    expect(cards[0]?.w).toBeCloseTo(200);
  });

  it('reads relations to cards and to the centre, and skips dangling or self relations', () => {
    const { relations } = cardsFromRecords([
      stakeholder('s1'),
      stakeholder('s2'),
      relatie('r1', 'shape:s1', 'shape:s2', 'sterk'),
      relatie('r2', 'centre', 'shape:s1', 'aandacht-nodig'),
      relatie('r3', 'shape:s1', 'shape:weg'),
      relatie('r4', 'shape:s1', 'shape:s1'),
      relatie('r5', '', 'shape:s1'),
      relatie('r6', 'shape:s1', 'shape:s2', 'heel-sterk'),
    ]);
    expect(relations).toEqual([
      { id: 'shape:r1', from: 'shape:s1', to: 'shape:s2', strength: 'sterk' },
      { id: 'shape:r2', from: 'centre', to: 'shape:s1', strength: 'aandacht-nodig' },
    ]);
  });

  it('skips malformed records and records that are not cards without throwing', () => {
    const records: unknown[] = [
      null,
      42,
      'shape:x',
      { id: 'page:page', typeName: 'page', name: 'Pagina' },
      { ...kaart('no-type'), typeName: 'binding' },
      { ...kaart('bad-x'), x: Number.NaN },
      { ...kaart('string-y'), y: '10' },
      shape('geo', 'geo', { w: 10, h: 10 }),
      anekdote('bad-date', { date: 'ooit' }),
      anekdote('no-title', { title: undefined }),
      stakeholder('bad-tag', { tags: ['vriend'] }),
      stakeholder('twice-tag', { tags: ['kans-voor-linkje', 'kans-voor-linkje'] }),
      shape('negative', 'werkbord-kaart', { ...DEFAULT_SHAPE_PROPS.kaart, w: -5 }),
      shape('long', 'werkbord-kaart', { ...DEFAULT_SHAPE_PROPS.kaart, text: 'x'.repeat(5000) }),
      shape('no-props', 'werkbord-kaart', null as unknown as object),
      kaart('good'),
    ];
    const { cards, relations } = cardsFromRecords(records);
    expect(cards.map((card) => card.id)).toEqual(['shape:good']);
    expect(relations).toEqual([]);
  });
});

describe('shape props contract', () => {
  it('accepts the default props of every shape', () => {
    expect(parseAnekdoteProps(DEFAULT_SHAPE_PROPS.anekdote)).not.toBeNull();
    expect(parseStakeholderProps(DEFAULT_SHAPE_PROPS.stakeholder)).not.toBeNull();
    expect(parseKaartProps(DEFAULT_SHAPE_PROPS.kaart)).not.toBeNull();
    expect(parseRelatieProps(DEFAULT_SHAPE_PROPS.relatie)).not.toBeNull();
  });

  it('refuses a missing prop, a wrong type and an unknown strength', () => {
    const withoutStory: Record<string, unknown> = { ...DEFAULT_SHAPE_PROPS.anekdote };
    delete withoutStory.story;
    expect(parseAnekdoteProps(withoutStory)).toBeNull();
    expect(parseKaartProps({ ...DEFAULT_SHAPE_PROPS.kaart, createdAt: 'gisteren' })).toBeNull();
    expect(parseRelatieProps({ ...DEFAULT_SHAPE_PROPS.relatie, strength: 'matig' })).toBeNull();
    expect(parseRelatieProps({ ...DEFAULT_SHAPE_PROPS.relatie, end: { x: 1 } })).toBeNull();
  });
});

describe('richTextToPlain', () => {
  it('joins paragraphs with newlines and keeps hard breaks and list items', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Vet', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' en gewoon' },
            { type: 'hardBreak' },
            { type: 'text', text: 'na een break' },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'een' }] }],
            },
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'twee' }] }],
            },
          ],
        },
      ],
    };
    expect(richTextToPlain(doc)).toBe('Vet en gewoon\nna een break\neen\ntwee');
  });

  it('reads nonsense as empty text', () => {
    expect(richTextToPlain(undefined)).toBe('');
    expect(richTextToPlain({ type: 'doc', content: 'nee' })).toBe('');
    expect(richTextToPlain({ type: 'doc', content: [null, 3] })).toBe('');
  });

  it('reads text nested deeper than the stack as nothing, without recursing that deep', () => {
    let node: unknown = { type: 'text', text: 'diep' };
    for (let i = 0; i < 200_000; i++) node = { type: 'bold', content: [node] };
    const doc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ok' }, node] }],
    };
    expect(richTextToPlain(doc)).toBe('ok');
  });
});
