import { describe, expect, it } from 'vitest';
import { declaredMarks, readCardMarks, withCardMark, type CardMark } from './cardMarks.js';
import { cardsFromRecords } from './cardsFromRecords.js';
import { DEFAULT_SHAPE_PROPS } from './shapeProps.js';

function record(id: string, type: string, props: object, meta: unknown) {
  return {
    id: `shape:${id}`,
    typeName: 'shape',
    type,
    x: 0,
    y: 0,
    rotation: 0,
    parentId: 'page:page',
    index: 'a1',
    isLocked: false,
    opacity: 1,
    props,
    meta,
  };
}

const FRUIT: CardMark = {
  id: 'laaghangend-fruit',
  label: { nl: 'Laaghangend fruit', en: 'Low-hanging fruit' },
  short: { nl: 'fruit', en: 'fruit' },
  hint: { nl: 'Makkelijk', en: 'Easy' },
  color: 'orange',
};
const ANDERS: CardMark = { ...FRUIT, id: 'anders' };

describe('readCardMarks', () => {
  it('reads the mark ids of a meta, each once, in stored order', () => {
    expect(readCardMarks({ marks: ['b', 'a', 'b'] })).toEqual(['b', 'a']);
  });

  it('leaves out what is no mark id, and reads nothing from a meta without marks', () => {
    expect(readCardMarks({ marks: ['ok', 42, 'Hoofd', '', 'x'.repeat(41), { id: 'a' }] })).toEqual([
      'ok',
    ]);
    for (const meta of [undefined, null, 'marks', {}, { marks: 'ok' }, { marks: null }]) {
      expect(readCardMarks(meta)).toEqual([]);
    }
  });

  it('reads at most eight marks of a record that holds more', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `m${i}`);
    expect(readCardMarks({ marks: many })).toHaveLength(8);
  });
});

describe('withCardMark', () => {
  it('switches one mark on or off and keeps the others', () => {
    expect(withCardMark(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(withCardMark(['a', 'b'], 'b', true)).toEqual(['a', 'b']);
    expect(withCardMark(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(withCardMark([], 'a', false)).toEqual([]);
  });
});

describe('declaredMarks', () => {
  it('keeps only the marks the werkvorm declares, in its order', () => {
    expect(declaredMarks([FRUIT, ANDERS], ['anders', 'onbekend', 'laaghangend-fruit'])).toEqual([
      FRUIT,
      ANDERS,
    ]);
    expect(declaredMarks(undefined, ['laaghangend-fruit'])).toEqual([]);
    expect(declaredMarks([FRUIT], undefined)).toEqual([]);
  });
});

describe('cardsFromRecords with marks', () => {
  it('gives every card kind and a tldraw note the marks of its meta, and none a key without', () => {
    const { cards } = cardsFromRecords([
      record('k', 'werkbord-kaart', DEFAULT_SHAPE_PROPS.kaart, { marks: ['laaghangend-fruit'] }),
      record('s', 'werkbord-stakeholder', DEFAULT_SHAPE_PROPS.stakeholder, { marks: ['x'] }),
      record('n', 'note', { richText: { type: 'doc', content: [] } }, { marks: ['y', 7] }),
      record('leeg', 'werkbord-kaart', DEFAULT_SHAPE_PROPS.kaart, { marks: [] }),
      record('zonder', 'werkbord-kaart', DEFAULT_SHAPE_PROPS.kaart, {}),
    ]);
    const byId = new Map(cards.map((card) => [card.id, card]));
    expect(byId.get('shape:k')?.marks).toEqual(['laaghangend-fruit']);
    expect(byId.get('shape:s')?.marks).toEqual(['x']);
    expect(byId.get('shape:n')?.marks).toEqual(['y']);
    expect(byId.get('shape:leeg')).not.toHaveProperty('marks');
    expect(byId.get('shape:zonder')).not.toHaveProperty('marks');
  });
});
