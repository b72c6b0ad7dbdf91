import {
  DEFAULT_SHAPE_PROPS,
  TextLimit,
  cardsFromRecords,
  parseRelatieProps,
} from '@werkbord/shared';
import { T, createBindingId, createShapeId, createTLStore, type TLRecord } from 'tldraw';
import { describe, expect, it } from 'vitest';
import { BINDING_UTILS, SHAPE_UTILS } from '../boardShapes';
import { RELATIE_END_BINDING_TYPE, RELATIE_PROPS, RELATIE_TYPE } from './relatieProps';

const relatieValidator = T.object(RELATIE_PROPS);

function acceptedByTldraw(props: unknown): boolean {
  try {
    relatieValidator.validate(props);
    return true;
  } catch {
    return false;
  }
}

const base = DEFAULT_SHAPE_PROPS.relatie;
const CASES: Array<[string, unknown]> = [
  ['the defaults', base],
  ['two cards', { ...base, from: 'shape:a', to: 'shape:b' }],
  ['a card and the centre', { ...base, from: 'shape:a', to: 'centre' }],
  ['zwak', { ...base, strength: 'zwak' }],
  ['aandacht nodig', { ...base, strength: 'aandacht-nodig' }],
  ['negative points', { ...base, start: { x: -5, y: -1e6 }, end: { x: 0.25, y: 3 } }],
  ['an id of the longest length', { ...base, from: 'x'.repeat(TextLimit.Name) }],
  ['an id one too long', { ...base, from: 'x'.repeat(TextLimit.Name + 1) }],
  ['an unknown strength', { ...base, strength: 'heel sterk' }],
  ['a missing strength', { ...base, strength: undefined }],
  ['a number as end', { ...base, to: 7 }],
  ['a point without y', { ...base, start: { x: 1 } }],
  ['a NaN coordinate', { ...base, end: { x: Number.NaN, y: 0 } }],
  ['an infinite coordinate', { ...base, end: { x: Infinity, y: 0 } }],
  ['a point as a string', { ...base, start: '0,0' }],
  ['null as a point', { ...base, end: null }],
];

describe('werkbord-relatie props', () => {
  it.each(CASES)('tldraw and shared agree on %s', (_name, props) => {
    expect(acceptedByTldraw(props)).toBe(parseRelatieProps(props) !== null);
  });

  it('accept the shared defaults', () => {
    expect(acceptedByTldraw(base)).toBe(true);
  });
});

describe('werkbord-relatie in the board schema', () => {
  const store = () => createTLStore({ shapeUtils: SHAPE_UTILS, bindingUtils: BINDING_UTILS });
  const shape = (type: string, props: object, id = createShapeId()) =>
    ({
      id,
      typeName: 'shape',
      type,
      x: 0,
      y: 0,
      rotation: 0,
      index: 'a1',
      parentId: 'page:page',
      isLocked: false,
      opacity: 1,
      props,
      meta: {},
    }) as TLRecord;

  it('stores a relation between two cards with its end bindings, which the harvest reads', () => {
    const s = store();
    const a = shape('werkbord-kaart', DEFAULT_SHAPE_PROPS.kaart);
    const b = shape('werkbord-kaart', DEFAULT_SHAPE_PROPS.kaart);
    const relation = shape(RELATIE_TYPE, { ...base, from: a.id, to: b.id, strength: 'zwak' });
    const binding = (toId: string, terminal: 'start' | 'end') =>
      ({
        id: createBindingId(),
        typeName: 'binding',
        type: RELATIE_END_BINDING_TYPE,
        fromId: relation.id,
        toId,
        props: { terminal },
        meta: {},
      }) as TLRecord;
    s.put([a, b, relation, binding(a.id, 'start'), binding(b.id, 'end')]);
    expect(s.allRecords().filter((r) => r.typeName === 'binding')).toHaveLength(2);
    expect(cardsFromRecords(s.allRecords()).relations).toEqual([
      { id: relation.id, from: a.id, to: b.id, strength: 'zwak' },
    ]);
  });

  it('refuses invalid props and bindings', () => {
    const s = store();
    expect(() => s.put([shape(RELATIE_TYPE, { ...base, strength: 'sterkst' })])).toThrow();
    expect(() =>
      s.put([
        {
          id: createBindingId(),
          typeName: 'binding',
          type: RELATIE_END_BINDING_TYPE,
          fromId: createShapeId(),
          toId: createShapeId(),
          props: { terminal: 'middle' },
          meta: {},
        } as unknown as TLRecord,
      ]),
    ).toThrow();
  });

  it('carries a migration sequence for the shape and the binding, at their first version', () => {
    const sequences = store().schema.serialize().sequences;
    expect(sequences[`com.tldraw.shape.${RELATIE_TYPE}`]).toBe(1);
    expect(sequences[`com.tldraw.binding.${RELATIE_END_BINDING_TYPE}`]).toBe(1);
  });
});
