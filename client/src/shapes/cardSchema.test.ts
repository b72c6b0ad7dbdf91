import { DEFAULT_SHAPE_PROPS, cardsFromRecords } from '@werkbord/shared';
import { createShapeId, createTLStore, defaultBindingUtils, type TLRecord } from 'tldraw';
import { describe, expect, it } from 'vitest';
import { SHAPE_UTILS } from './boardShapes';

function store() {
  return createTLStore({ shapeUtils: SHAPE_UTILS, bindingUtils: defaultBindingUtils });
}

function shapeRecord(type: string, props: object): TLRecord {
  return {
    id: createShapeId(),
    typeName: 'shape',
    type,
    x: 10,
    y: 20,
    rotation: 0,
    index: 'a1',
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    props,
    meta: {},
  } as TLRecord;
}

describe('the card shapes in the board schema', () => {
  it('store records of each card type, which the harvest reads back', () => {
    const s = store();
    const records = [
      shapeRecord('werkbord-anekdote', { ...DEFAULT_SHAPE_PROPS.anekdote, date: '2015-03' }),
      shapeRecord('werkbord-stakeholder', {
        ...DEFAULT_SHAPE_PROPS.stakeholder,
        tags: ['botst-met-initiatief'],
      }),
      shapeRecord('werkbord-kaart', { ...DEFAULT_SHAPE_PROPS.kaart, text: 'Hoi' }),
      shapeRecord('werkbord-markering', {
        ...DEFAULT_SHAPE_PROPS.markering,
        owner: 'abcdefghijklmnopqrstuv',
        meter: 'nu',
        author: 'Anna',
      }),
    ];
    s.put(records);
    const stored = s.allRecords().filter((r) => r.typeName === 'shape');
    expect(stored).toHaveLength(4);
    expect(
      cardsFromRecords(stored)
        .cards.map((card) => card.kind)
        .sort(),
    ).toEqual(['anekdote', 'kaart', 'markering', 'stakeholder']);
  });

  it('refuse invalid props', () => {
    const s = store();
    expect(() =>
      s.put([shapeRecord('werkbord-anekdote', { ...DEFAULT_SHAPE_PROPS.anekdote, date: 'ooit' })]),
    ).toThrow();
    expect(() =>
      s.put([shapeRecord('werkbord-kaart', { ...DEFAULT_SHAPE_PROPS.kaart, w: 0 })]),
    ).toThrow();
    // A marker belongs to someone, has a colour and a scale.
    const marker = { ...DEFAULT_SHAPE_PROPS.markering, owner: 'anna', meter: 'nu' };
    expect(() => s.put([shapeRecord('werkbord-markering', { ...marker, owner: '' })])).toThrow();
    expect(() =>
      s.put([shapeRecord('werkbord-markering', { ...marker, colour: 'red' })]),
    ).toThrow();
    expect(() => s.put([shapeRecord('werkbord-markering', { ...marker, meter: 'Nu!' })])).toThrow();
  });

  it('carry a migration sequence per card type, at its first version', () => {
    const { schema } = store();
    const sequences = schema.serialize().sequences;
    expect(sequences['com.tldraw.shape.werkbord-anekdote']).toBe(1);
    expect(sequences['com.tldraw.shape.werkbord-stakeholder']).toBe(1);
    expect(sequences['com.tldraw.shape.werkbord-kaart']).toBe(1);
    expect(sequences['com.tldraw.shape.werkbord-markering']).toBe(1);
  });

  it('keep tldraw notes', () => {
    expect(SHAPE_UTILS.some((util) => util.type === 'note')).toBe(true);
  });
});
