import { DEFAULT_SHAPE_PROPS, cardsFromRecords } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import type {
  AnekdoteShape,
  CardShape,
  KaartShape,
  MarkeringShape,
  StakeholderShape,
} from './cardShapes';
import { poseBounds, shapeToCard } from './shapeToCard';

function record<S extends CardShape>(
  type: S['type'],
  props: S['props'],
  rotation = 0,
  meta: object = {},
): S {
  return {
    id: `shape:${type}`,
    typeName: 'shape',
    type,
    x: 120,
    y: -40,
    rotation,
    parentId: 'page:page',
    index: 'a1',
    isLocked: false,
    opacity: 1,
    props,
    meta,
  } as unknown as S;
}

const anekdote = (date: string, rotation = 0) =>
  record<AnekdoteShape>(
    'werkbord-anekdote',
    {
      ...DEFAULT_SHAPE_PROPS.anekdote,
      date,
      title: 'Verhuizing',
      story: 'Naar het nieuwe pand.',
      author: 'Anna',
      createdAt: 1_700_000_000_000,
    },
    rotation,
  );
const stakeholder = record<StakeholderShape>('werkbord-stakeholder', {
  ...DEFAULT_SHAPE_PROPS.stakeholder,
  name: 'Wijkteam',
  belangen: 'Rust',
  tags: ['kans-voor-linkje'],
});
const kaart = (rotation = 0) =>
  record<KaartShape>(
    'werkbord-kaart',
    { ...DEFAULT_SHAPE_PROPS.kaart, w: 180, text: 'Hoi', author: 'Bas' },
    rotation,
  );

const markering = record<MarkeringShape>('werkbord-markering', {
  ...DEFAULT_SHAPE_PROPS.markering,
  owner: 'abcdefghijklmnopqrstuv',
  colour: '#1864ab',
  meter: 'onderwerp-2',
  author: 'Anna',
});

describe('shapeToCard', () => {
  it.each([
    ['an anekdote with a month', anekdote('2015-03')],
    ['an anekdote with a range', anekdote('2014/2016')],
    ['an anekdote without a date', anekdote('')],
    ['a rotated anekdote', anekdote('2015', Math.PI / 6)],
    ['a stakeholder', stakeholder],
    ['a kaart', kaart()],
    ['a kaart turned upside down', kaart(Math.PI)],
    [
      'a kaart with marks',
      record<KaartShape>('werkbord-kaart', { ...DEFAULT_SHAPE_PROPS.kaart, text: 'Fruit' }, 0, {
        marks: ['laaghangend-fruit', 42],
      }),
    ],
    ['a marker', markering],
  ])('reads %s exactly as the harvest does', (_name, shape) => {
    const [harvested] = cardsFromRecords([shape]).cards;
    const card = shapeToCard(shape);
    const { x, y, w, h, ...rest } = card;
    const { x: hx, y: hy, w: hw, h: hh, ...harvestedRest } = harvested!;
    expect(rest).toEqual(harvestedRest);
    expect([x, y, w, h].map((n) => n.toFixed(6))).toEqual(
      [hx, hy, hw, hh].map((n) => n.toFixed(6)),
    );
  });

  it('places a card at the page pose it is given (a card inside a frame)', () => {
    const card = shapeToCard(kaart(), { x: 500, y: 300, rotation: 0 });
    expect(card).toMatchObject({ x: 500, y: 300, w: 180, h: 200 });
  });

  it('reads the marks in its meta, and leaves the key out without any', () => {
    const marked = record<KaartShape>('werkbord-kaart', DEFAULT_SHAPE_PROPS.kaart, 0, {
      marks: ['laaghangend-fruit'],
    });
    expect(shapeToCard(marked).marks).toEqual(['laaghangend-fruit']);
    expect(shapeToCard(kaart())).not.toHaveProperty('marks');
  });

  it('reads an unknown creation time as null', () => {
    expect(shapeToCard(stakeholder).createdAt).toBeNull();
  });
});

describe('poseBounds', () => {
  it('is the box itself without rotation', () => {
    expect(poseBounds({ x: 1, y: 2, rotation: 0 }, 30, 40)).toEqual({ x: 1, y: 2, w: 30, h: 40 });
  });

  it('swaps width and height at a quarter turn', () => {
    const bounds = poseBounds({ x: 0, y: 0, rotation: Math.PI / 2 }, 30, 40);
    expect(bounds.x).toBeCloseTo(-40);
    expect(bounds.y).toBeCloseTo(0);
    expect(bounds.w).toBeCloseTo(40);
    expect(bounds.h).toBeCloseTo(30);
  });
});
