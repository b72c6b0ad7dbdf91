/**
 * The plain `BoardCard` of a card shape, as `cardsFromRecords` reads it on the server, so a
 * card's label on screen and its row in the harvest always agree. Pure (no editor), so tests
 * can hold it to `cardsFromRecords`.
 */
import { parsePeriod, readCardMarks, type BoardCard, type Bounds } from '@werkbord/shared';
import type { CardShape } from './cardShapes';

/** Where a shape lies on the page: its origin and rotation in page space. */
export interface PagePose {
  x: number;
  y: number;
  rotation: number;
}

/** The page-space axis-aligned bounds of a w × h box placed at `pose`. */
export function poseBounds(pose: PagePose, w: number, h: number): Bounds {
  if (pose.rotation === 0) return { x: pose.x, y: pose.y, w, h };
  const cos = Math.cos(pose.rotation);
  const sin = Math.sin(pose.rotation);
  const xs = [0, w * cos, -h * sin, w * cos - h * sin].map((dx) => pose.x + dx);
  const ys = [0, w * sin, h * cos, w * sin + h * cos].map((dy) => pose.y + dy);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

/** The card a shape is, placed at `pose` (its own x, y and rotation for a shape on the page). */
export function shapeToCard(shape: CardShape, pose: PagePose = shape): BoardCard {
  const { props } = shape;
  const marks = readCardMarks(shape.meta);
  const common = {
    id: shape.id,
    ...poseBounds(pose, props.w, props.h),
    author: props.author,
    createdAt: props.createdAt > 0 ? props.createdAt : null,
    // As `cardsFromRecords` reads them: no key when there are none.
    ...(marks.length > 0 ? { marks } : {}),
  };
  switch (shape.type) {
    case 'werkbord-anekdote': {
      const { date, title, story } = shape.props;
      const period = date === '' ? null : parsePeriod(date);
      return { ...common, kind: 'anekdote', period, title, story };
    }
    case 'werkbord-stakeholder': {
      const { name, belangen, tags } = shape.props;
      return { ...common, kind: 'stakeholder', name, belangen, tags: [...tags] };
    }
    case 'werkbord-kaart':
      return { ...common, kind: 'kaart', text: shape.props.text };
    case 'werkbord-markering': {
      const { owner, colour, meter } = shape.props;
      return { ...common, kind: 'markering', owner, colour, meter };
    }
  }
}
