/**
 * What each card means where it lies (`werkvorm.classify`), cached per shape in the editor's
 * store. It recomputes when the card moves or the layout changes, and keeps the same object while
 * the outcome stays the same, so a card re-renders only when its zone, label or colour changes,
 * not on every pixel of a drag.
 */
import type { Placement } from '@werkbord/shared';
import { createComputedCache, type Editor, type TLShape, type TLShapeId } from 'tldraw';
import { cardForShape } from './cardForShape';
import { isCardShape } from './cardShapes';
import { werkvormViewOf } from './werkvormSignal';

function samePlacement(a: Placement | undefined, b: Placement | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.zoneId === b.zoneId &&
    a.color === b.color &&
    a.label.nl === b.label.nl &&
    a.label.en === b.label.en
  );
}

const placementCache = createComputedCache(
  'werkbord: card placement',
  (editor: Editor, shape: TLShape): Placement | undefined => {
    if (!isCardShape(shape)) return undefined;
    const { werkvorm, layout } = werkvormViewOf(editor).get();
    return werkvorm.classify(cardForShape(editor, shape), layout);
  },
  { areResultsEqual: samePlacement },
);

/** The placement of a card shape; `undefined` for other shapes. Reactive inside tldraw's tracking. */
export function getCardPlacement(editor: Editor, id: TLShapeId): Placement | undefined {
  return placementCache.get(editor, id);
}
