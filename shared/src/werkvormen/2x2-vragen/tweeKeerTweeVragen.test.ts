import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../../cards/BoardCard.js';
import type { RectZone } from '../Layout.js';
import { tweeKeerTweeVragen } from './index.js';

const settings = { thema: 'Verlenging van de pilot', partner: 'de wethouder' };
const layout = tweeKeerTweeVragen.layout(settings);

function rect(id: string): RectZone {
  const zone = layout.zones.find((z) => z.id === id);
  if (zone?.kind !== 'rect') throw new Error(`no rect ${id}`);
  return zone;
}

function kaartIn(id: string, row: number, column: number, text: string): BoardCard {
  const zone = rect(id);
  return {
    id: `${id}-${row}-${column}`,
    kind: 'kaart',
    x: zone.x + 24 + column * 224,
    y: zone.y + 140 + row * 224,
    w: 200,
    h: 200,
    text,
    author: 'Fleur',
    createdAt: null,
  };
}

describe('2x2 vragen layout', () => {
  it('lays the four questions out as a 2 × 2 in the order they are asked', () => {
    const [belang, resultaat, condities, actie] = ['belang', 'resultaat', 'condities', 'actie'].map(
      rect,
    ) as [RectZone, RectZone, RectZone, RectZone];
    expect(resultaat.y).toBe(belang.y);
    expect(resultaat.x).toBeGreaterThan(belang.x + belang.w);
    expect(condities.x).toBe(belang.x);
    expect(condities.y).toBeGreaterThan(belang.y + belang.h);
    expect([actie.x, actie.y]).toEqual([resultaat.x, condities.y]);
    expect(layout.zones.map((z) => z.label.nl)).toEqual([
      '1. Belang',
      '2. Resultaat',
      '3. Condities en competenties',
      '4. Actie',
      'Reflectie',
    ]);
  });

  it('writes whom the conversation is with above the questions, only when it is set', () => {
    const texts = (partner: string) =>
      tweeKeerTweeVragen
        .layout({ thema: '', partner })
        .marks.flatMap((m) => (m.kind === 'text' ? [m.text.nl] : []));
    expect(texts('de wethouder')).toContain('Gesprek met de wethouder');
    expect(texts('  ').some((text) => text.startsWith('Gesprek met'))).toBe(false);
  });

  it('writes each question under its label, growing when zoomed out so it reads on a projector', () => {
    const questions = layout.marks.filter((m) => m.kind === 'text' && m.grow);
    expect(questions.map((m) => m.kind === 'text' && m.text.nl)).toEqual([
      'Wat maakt wat je wilt belangrijk?',
      'Wat zie je gebeuren als echt lukt wat je wilt?',
      'Wat is er nodig, en wat moet je kunnen om te slagen?',
      'Wat doe je als eerste, wat als tweede? Wat spreek je af?',
    ]);
  });

  it('holds eighteen kaarten a question and fits a wide screen', () => {
    const zone = rect('belang');
    expect(Math.floor(zone.w / 224) * Math.floor((zone.h - 120) / 224)).toBeGreaterThanOrEqual(18);
    expect(layout.bounds.w / layout.bounds.h).toBeGreaterThan(1.9);
  });
});

describe('2x2 vragen classify and harvest', () => {
  it('gives a card its question and the question’s colour', () => {
    expect(tweeKeerTweeVragen.classify(kaartIn('condities', 0, 0, 'x'), layout)).toEqual({
      zoneId: 'condities',
      label: { nl: 'condities en competenties', en: 'conditions and competences' },
      color: 'orange',
    });
    expect(tweeKeerTweeVragen.classify(kaartIn('actie', 0, 0, 'x'), layout).color).toBe('green');
  });

  const cards = [
    kaartIn('actie', 1, 0, 'Afspraak over evaluatie'),
    kaartIn('actie', 0, 1, 'Bellen met de beleidsadviseur'),
    kaartIn('actie', 0, 0, 'Eerst de cijfers op een rij'),
    kaartIn('belang', 0, 0, 'Gezinnen vallen niet meer tussen wal en schip'),
    kaartIn('resultaat', 0, 0, 'Hulp binnen twee weken'),
  ];
  const harvest = tweeKeerTweeVragen.harvest(cards, [], settings);

  it('harvests every question, the actions in reading order: the first step first', () => {
    expect(harvest.result.partner).toBe('de wethouder');
    expect(harvest.result.vragen.map((v) => [v.id, v.cards.length])).toEqual([
      ['belang', 1],
      ['resultaat', 1],
      ['condities', 0],
      ['actie', 3],
    ]);
    expect(harvest.result.vragen[3]?.cards.map((c) => c.text)).toEqual([
      'Eerst de cijfers op een rij',
      'Bellen met de beleidsadviseur',
      'Afspraak over evaluatie',
    ]);
  });

  it('exports the actions numbered in that order', () => {
    const rows = harvest.tables.find((t) => t.id === 'vragen')?.rows ?? [];
    expect(rows.filter((row) => (row[0] as { nl: string }).nl === 'actie')).toEqual([
      [{ nl: 'actie', en: 'action' }, '1', 'Eerst de cijfers op een rij', 'Fleur'],
      [{ nl: 'actie', en: 'action' }, '2', 'Bellen met de beleidsadviseur', 'Fleur'],
      [{ nl: 'actie', en: 'action' }, '3', 'Afspraak over evaluatie', 'Fleur'],
    ]);
  });
});
