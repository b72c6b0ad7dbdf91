import { findWerkvorm, zoneBounds, type BoardCard, type Werkvorm } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { diffSnapshots, type SnapshotSide } from './snapshotDiff';

const werkvorm = findWerkvorm('klaag-en-jubelmuur') as Werkvorm;
const layout = werkvorm.layout(werkvorm.settings.defaults());
const [first, second] = layout.zones;

function cardIn(id: string, zone: typeof first): BoardCard {
  const bounds = zoneBounds(zone!);
  const w = 100;
  const h = 80;
  return {
    id,
    kind: 'kaart',
    x: bounds.x + bounds.w / 2 - w / 2,
    y: bounds.y + bounds.h / 2 - h / 2,
    w,
    h,
    text: id,
    author: '',
    createdAt: null,
  } as BoardCard;
}

const side = (cards: BoardCard[]): SnapshotSide => ({ cards, werkvorm, layout });

describe('diffSnapshots', () => {
  it('counts added and removed cards', () => {
    const diff = diffSnapshots(side([cardIn('a', first)]), side([cardIn('b', first)]));
    expect(diff).toMatchObject({ added: 1, removed: 1, moves: [], unchanged: 0 });
  });

  it('groups cards that moved between zones, with the zone labels', () => {
    const before = side([cardIn('a', first), cardIn('b', first), cardIn('c', first)]);
    const after = side([cardIn('a', second), cardIn('b', second), cardIn('c', first)]);
    const diff = diffSnapshots(before, after);
    expect(diff.unchanged).toBe(1);
    expect(diff.moves).toEqual([{ from: first!.label, to: second!.label, count: 2 }]);
  });

  it('sees no change between equal sides', () => {
    const cards = [cardIn('a', first), cardIn('b', second)];
    expect(diffSnapshots(side(cards), side(cards))).toEqual({
      added: 0,
      removed: 0,
      moves: [],
      unchanged: 2,
    });
  });
});
