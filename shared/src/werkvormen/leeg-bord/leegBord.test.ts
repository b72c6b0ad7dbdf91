import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../../cards/BoardCard.js';
import { leegBord } from './index.js';

describe('leeg bord', () => {
  const layout = leegBord.layout({ thema: '' });

  it('has no structure: no zones, no steps, no prompts, and cards mean nothing', () => {
    expect(layout.zones).toEqual([]);
    expect(layout.marks).toEqual([]);
    expect(leegBord.steps).toEqual([]);
    const card: BoardCard = {
      id: 'k',
      kind: 'kaart',
      x: 0,
      y: 0,
      w: 10,
      h: 10,
      text: 'x',
      author: '',
      createdAt: null,
    };
    expect(leegBord.classify(card, layout)).toEqual({
      zoneId: null,
      label: { nl: '', en: '' },
      color: null,
    });
  });

  it('harvests every card, in reading order', () => {
    const cards: BoardCard[] = [
      {
        id: 'b',
        kind: 'kaart',
        x: 0,
        y: 500,
        w: 10,
        h: 10,
        text: 'Onder',
        author: 'Anna',
        createdAt: null,
      },
      {
        id: 'a',
        kind: 'stakeholder',
        x: 0,
        y: 0,
        w: 10,
        h: 10,
        name: 'Boven',
        belangen: '',
        tags: [],
        author: '',
        createdAt: null,
      },
    ];
    const harvest = leegBord.harvest(cards, [], { thema: '' });
    expect(harvest.result.cards.map((c) => [c.id, c.text])).toEqual([
      ['a', 'Boven'],
      ['b', 'Onder'],
    ]);
    expect(harvest.tables[0]?.rows.map((row) => row[1])).toEqual(['Boven', 'Onder']);
  });
});
