import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../../cards/BoardCard.js';
import type { RectZone } from '../Layout.js';
import { meerdereStemmen } from './index.js';

const settings = { thema: 'Eén toegang voor alle jeugdhulp' };
const layout = meerdereStemmen.layout(settings);

function rect(id: string): RectZone {
  const zone = layout.zones.find((z) => z.id === id);
  if (zone?.kind !== 'rect') throw new Error(`no rect ${id}`);
  return zone;
}

function kaartIn(id: string, column: number, text: string): BoardCard {
  const zone = rect(id);
  return {
    id: `${id}-${column}`,
    kind: 'kaart',
    x: zone.x + 24 + column * 224,
    y: zone.y + 140,
    w: 200,
    h: 200,
    text,
    author: 'Gijs',
    createdAt: null,
  };
}

describe('meerdere stemmen layout', () => {
  it('gives each of the four voices a zone of its own, in its own colour', () => {
    const voices = ['dwarskijkers', 'dromers', 'waarschuwers', 'enthousiastelingen'].map(rect);
    expect(voices.map((v) => v.label.nl)).toEqual([
      'Dwarskijkers',
      'Dromers',
      'Waarschuwers',
      'Enthousiastelingen',
    ]);
    expect(new Set(voices.map((v) => v.color)).size).toBe(4);
    // A 2 × 2 of equal zones.
    expect(new Set(voices.map((v) => `${v.w}x${v.h}`)).size).toBe(1);
    expect(new Set(voices.map((v) => v.x)).size).toBe(2);
    expect(new Set(voices.map((v) => v.y)).size).toBe(2);
  });

  it('puts proces en draagvlak above reflectie in a column beside the voices', () => {
    const vervolg = rect('vervolg');
    const reflectie = rect('reflectie');
    const dromers = rect('dromers');
    expect(vervolg.x).toBeGreaterThan(dromers.x + dromers.w);
    expect(reflectie.x).toBe(vervolg.x);
    expect(reflectie.y).toBeGreaterThan(vervolg.y + vervolg.h);
    expect(reflectie.y + reflectie.h).toBe(rect('enthousiastelingen').y + dromers.h);
  });

  it('asks under each voice what it would say, growing when zoomed out', () => {
    expect(layout.marks.filter((m) => m.kind === 'text' && m.grow)).toHaveLength(5);
  });

  it('fits a wide screen with fifteen kaarten a voice', () => {
    const zone = rect('dromers');
    expect(Math.floor(zone.w / 224) * Math.floor((zone.h - 120) / 224)).toBeGreaterThanOrEqual(15);
    expect(layout.bounds.w / layout.bounds.h).toBeGreaterThan(1.9);
  });
});

describe('meerdere stemmen classify and harvest', () => {
  it('gives a card the voice it lies in', () => {
    expect(meerdereStemmen.classify(kaartIn('waarschuwers', 0, 'x'), layout)).toEqual({
      zoneId: 'waarschuwers',
      label: { nl: 'waarschuwers', en: 'warners' },
      color: 'orange',
    });
    expect(meerdereStemmen.classify(kaartIn('vervolg', 0, 'x'), layout).label.nl).toBe(
      'proces en draagvlak',
    );
  });

  const cards = [
    kaartIn('dwarskijkers', 0, 'Wie betaalt dit?'),
    kaartIn('dromers', 1, 'Geen wachtlijst meer'),
    kaartIn('dromers', 0, 'Eén gezicht voor elk gezin'),
    kaartIn('waarschuwers', 0, 'Privacy van gezinnen'),
    kaartIn('vervolg', 0, 'Eerst in gesprek met de huisartsen'),
  ];
  const harvest = meerdereStemmen.harvest(cards, [], settings);

  it('harvests what each voice would say, in the order of the board, and the follow-up', () => {
    expect(harvest.result.stemmen.map((s) => [s.id, s.cards.map((c) => c.text)])).toEqual([
      ['dwarskijkers', ['Wie betaalt dit?']],
      ['dromers', ['Eén gezicht voor elk gezin', 'Geen wachtlijst meer']],
      ['waarschuwers', ['Privacy van gezinnen']],
      ['enthousiastelingen', []],
    ]);
    expect(harvest.result.vervolg.map((c) => c.text)).toEqual([
      'Eerst in gesprek met de huisartsen',
    ]);
  });

  it('does not name its table "stemmen", which the voting round’s table is called', () => {
    expect(harvest.tables.map((t) => t.id)).toEqual(['geluiden', 'vervolg', 'overig', 'reflectie']);
  });
});
