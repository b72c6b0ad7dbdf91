import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../../cards/BoardCard.js';
import { THEMA_SETTINGS } from '../SettingsSchema.js';
import { classifyKlaagEnJubelmuur, clusterCards } from './classify.js';
import { harvestKlaagEnJubelmuur } from './harvest.js';
import { LayoutVersion } from '../layoutVersion.js';
import { klaagEnJubelmuurLayout } from './layout.js';

/** The first layout generation, whose geometry the fixtures below are written for. */
const layout = klaagEnJubelmuurLayout({ thema: '', layoutVersion: LayoutVersion.Original });

function kaart(id: string, x: number, y: number, text = id): BoardCard {
  return { id, kind: 'kaart', x, y, w: 200, h: 200, text, author: 'Anna', createdAt: null };
}

describe('klaag- en jubelmuur layout and classify', () => {
  it('puts the two walls side by side and the ambition below them', () => {
    const [klaag, jubel, ambitie] = layout.zones;
    expect([klaag?.id, jubel?.id, ambitie?.id]).toEqual(['klaagmuur', 'jubelmuur', 'ambitie']);
    if (klaag?.kind !== 'rect' || jubel?.kind !== 'rect' || ambitie?.kind !== 'rect')
      throw new Error();
    expect(klaag.y).toBe(jubel.y);
    expect(klaag.x + klaag.w).toBeLessThan(jubel.x);
    expect(ambitie.y).toBeGreaterThan(klaag.y + klaag.h);
  });

  it('gives a card the meaning and colour of the wall it lies on', () => {
    expect(classifyKlaagEnJubelmuur(kaart('k', 300, 300), layout)).toEqual({
      zoneId: 'klaagmuur',
      label: { nl: 'klaagmuur', en: 'complaint wall' },
      color: 'red',
    });
    expect(classifyKlaagEnJubelmuur(kaart('j', 2300, 300), layout)).toMatchObject({
      zoneId: 'jubelmuur',
      color: 'green',
    });
    expect(classifyKlaagEnJubelmuur(kaart('a', 1700, 1500), layout)).toMatchObject({
      zoneId: 'ambitie',
      color: 'blue',
    });
    expect(classifyKlaagEnJubelmuur(kaart('x', -900, 0), layout).zoneId).toBeNull();
  });

  it('changes a card from klaag to jubel when it is dragged across', () => {
    const card = kaart('k', 1500, 300);
    expect(classifyKlaagEnJubelmuur(card, layout).zoneId).toBe('klaagmuur');
    expect(classifyKlaagEnJubelmuur({ ...card, x: 1900 }, layout).zoneId).toBe('jubelmuur');
  });

  it('shows the thema above the walls when one is set', () => {
    const titled = klaagEnJubelmuurLayout({ thema: 'Jonge mantelzorgers' });
    expect(titled.marks.some((m) => m.kind === 'text' && m.text.nl === 'Jonge mantelzorgers')).toBe(
      true,
    );
    expect(layout.marks.some((m) => m.kind === 'text' && m.size === 'xl')).toBe(false);
  });

  it('refuses a thema that is too long', () => {
    const result = THEMA_SETTINGS.validate({ thema: 'x'.repeat(201) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.message.nl).toContain('hoogstens 200 tekens');
  });
});

describe('clusterCards', () => {
  it('groups overlapping cards, cards within the gap and chains of them', () => {
    const cards = [
      kaart('a', 0, 0),
      kaart('b', 150, 0), // overlaps a
      kaart('c', 370, 0), // 20 right of b: near
      kaart('d', 1000, 0), // alone
      kaart('e', 0, 230), // 30 below a: too far
    ];
    expect(clusterCards(cards).map((group) => group.map((c) => c.id))).toEqual([
      ['a', 'b', 'c'],
      ['d'],
      ['e'],
    ]);
  });

  it('gives the same groups whatever the order of the cards', () => {
    const cards = [kaart('a', 0, 0), kaart('b', 210, 0), kaart('c', 0, 600), kaart('d', 100, 790)];
    const expected = [
      ['a', 'b'],
      ['c', 'd'],
    ];
    expect(clusterCards(cards).map((g) => g.map((c) => c.id))).toEqual(expected);
    expect(clusterCards([...cards].reverse()).map((g) => g.map((c) => c.id))).toEqual(expected);
  });
});

describe('klaag- en jubelmuur harvest', () => {
  const cards: BoardCard[] = [
    kaart('k1', 100, 200, 'Te weinig tijd'),
    kaart('k2', 310, 200, 'Te veel formulieren'),
    kaart('k3', 1000, 900, 'Scholen doen niet mee'),
    kaart('j1', 2000, 200, 'Fijne samenwerking'),
    kaart('amb', 100, 1500, 'Elke jonge mantelzorger wordt gezien'),
    kaart('r1', 100, 2400, 'Meer van de jubelmuur!'),
    kaart('elders', -1000, -1000, 'Los'),
  ];
  const harvest = harvestKlaagEnJubelmuur(cards, [], {
    thema: 'JMZ',
    layoutVersion: LayoutVersion.Original,
  });

  it('lists the cards per wall with their clusters', () => {
    expect(harvest.result.klaagmuur.cards.map((c) => c.text)).toEqual([
      'Te weinig tijd',
      'Te veel formulieren',
      'Scholen doen niet mee',
    ]);
    expect(harvest.result.klaagmuur.clusters).toEqual([['k1', 'k2'], ['k3']]);
    expect(harvest.result.jubelmuur.clusters).toEqual([['j1']]);
  });

  it('harvests the ambition, the reflection answers and the cards elsewhere', () => {
    expect(harvest.result.ambitie.map((c) => c.text)).toEqual([
      'Elke jonge mantelzorger wordt gezien',
    ]);
    expect(harvest.reflection.answers.map((a) => a.cardId)).toEqual(['r1']);
    expect(harvest.result.overig.map((c) => c.id)).toEqual(['elders']);
  });

  it('lists exactly the cards given, each once', () => {
    const { result } = harvest;
    const ids = [
      ...result.klaagmuur.cards,
      ...result.jubelmuur.cards,
      ...result.ambitie,
      ...result.overig,
    ].map((c) => c.id);
    ids.push(...harvest.reflection.answers.map((a) => a.cardId as string));
    expect(ids.sort()).toEqual(cards.map((c) => c.id).sort());
  });

  it('exports each wall card with its wall and cluster number', () => {
    const rows = harvest.tables.find((t) => t.id === 'muren')?.rows;
    expect(rows).toEqual([
      [{ nl: 'klaagmuur', en: 'complaint wall' }, '1', 'Te weinig tijd', 'Anna'],
      [{ nl: 'klaagmuur', en: 'complaint wall' }, '1', 'Te veel formulieren', 'Anna'],
      [{ nl: 'klaagmuur', en: 'complaint wall' }, '2', 'Scholen doen niet mee', 'Anna'],
      [{ nl: 'jubelmuur', en: 'cheer wall' }, '1', 'Fijne samenwerking', 'Anna'],
    ]);
  });
});

describe('klaag- en jubelmuur layout, landscape generation', () => {
  const landscape = klaagEnJubelmuurLayout({
    thema: 'Samen',
    layoutVersion: LayoutVersion.Landscape,
  });
  const zone = (id: string) => {
    const found = landscape.zones.find((z) => z.id === id);
    if (found?.kind !== 'rect') throw new Error(id);
    return found;
  };

  it('has the walls side by side, the ambition below them and reflectie beside all three', () => {
    const [klaag, jubel, ambitie, reflectie] = [
      'klaagmuur',
      'jubelmuur',
      'ambitie',
      'reflectie',
    ].map(zone);
    expect(jubel!.x).toBeGreaterThan(klaag!.x + klaag!.w);
    expect(ambitie!.y).toBeGreaterThan(klaag!.y + klaag!.h);
    expect(ambitie!.w).toBe(jubel!.x + jubel!.w - klaag!.x);
    expect(reflectie!.x).toBeGreaterThan(ambitie!.x + ambitie!.w);
    expect(reflectie!.y + reflectie!.h).toBe(ambitie!.y + ambitie!.h);
  });

  it('holds two dozen kaarten a wall and fits a wide screen', () => {
    const wall = zone('klaagmuur');
    expect(Math.floor(wall.w / 224) * Math.floor((wall.h - 120) / 224)).toBeGreaterThanOrEqual(24);
    expect(landscape.bounds.w / landscape.bounds.h).toBeGreaterThan(2);
    expect(landscape.bounds.h).toBeLessThan(1850);
  });
});
