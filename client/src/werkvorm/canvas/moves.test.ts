import type { BoardCard } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { applyMovesToCards, chainMoves, changedMoves } from './moves';

const card = (id: string, x: number, y: number, w = 200): BoardCard => ({
  id,
  kind: 'kaart',
  x,
  y,
  w,
  h: 200,
  text: id,
  author: '',
  createdAt: null,
});

describe('moves', () => {
  const cards = [card('a', 0, 0), card('b', 100, 100)];

  it('keeps only moves that change a known card', () => {
    const moves = [
      { id: 'a', x: 0, y: 0.001 },
      { id: 'a', x: 0, y: 0, w: 200 },
      { id: 'b', x: 100, y: 150 },
      { id: 'b', x: 100, y: 100, w: 300 },
      { id: 'gone', x: 1, y: 1 },
    ];
    expect(changedMoves(cards, moves)).toEqual([moves[2], moves[3]]);
  });

  it('applies moves to cards', () => {
    expect(applyMovesToCards(cards, [{ id: 'b', x: 5, y: 6, w: 7 }])).toEqual([
      cards[0],
      { ...cards[1], x: 5, y: 6, w: 7 },
    ]);
  });

  it('chains two sets: one move per card, the later place, the width kept', () => {
    const chained = chainMoves(
      [
        { id: 'a', x: 10, y: 10, w: 400 },
        { id: 'b', x: 1, y: 1 },
      ],
      [
        { id: 'a', x: 10, y: 99 },
        { id: 'c', x: 3, y: 3 },
      ],
    );
    expect(chained).toEqual([
      { id: 'a', x: 10, y: 99, w: 400 },
      { id: 'b', x: 1, y: 1 },
      { id: 'c', x: 3, y: 3 },
    ]);
  });
});
