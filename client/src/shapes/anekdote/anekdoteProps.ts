/** Validators and migrations of `werkbord-anekdote` props. */
import { ShapeType, TextLimit } from '@werkbord/shared';
import {
  createShapePropsMigrationIds,
  createShapePropsMigrationSequence,
  type RecordProps,
} from 'tldraw';
import type { AnekdoteShape } from '../card/cardShapes';
import { cardBaseProps, limitedText, periodText } from '../card/cardValidators';

export const anekdoteShapeProps: RecordProps<AnekdoteShape> = {
  ...cardBaseProps,
  date: periodText,
  title: limitedText(TextLimit.Title),
  story: limitedText(TextLimit.Story),
};

/** Append a version here (and a step below) whenever the props change. */
const Versions = createShapePropsMigrationIds(ShapeType.Anekdote, {
  Initial: 1,
});

export const anekdoteShapeMigrations = createShapePropsMigrationSequence({
  sequence: [
    // The baseline: the props as shared/src/cards/shapeProps.ts first defined them.
    { id: Versions.Initial, up: () => {}, down: () => {} },
  ],
});
