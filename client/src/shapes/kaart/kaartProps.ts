/** Validators and migrations of `werkbord-kaart` props. */
import { ShapeType, TextLimit } from '@werkbord/shared';
import {
  createShapePropsMigrationIds,
  createShapePropsMigrationSequence,
  type RecordProps,
} from 'tldraw';
import type { KaartShape } from '../card/cardShapes';
import { cardBaseProps, limitedText } from '../card/cardValidators';

export const kaartShapeProps: RecordProps<KaartShape> = {
  ...cardBaseProps,
  text: limitedText(TextLimit.Text),
};

/** Append a version here (and a step below) whenever the props change. */
const Versions = createShapePropsMigrationIds(ShapeType.Kaart, {
  Initial: 1,
});

export const kaartShapeMigrations = createShapePropsMigrationSequence({
  sequence: [
    // The baseline: the props as shared/src/cards/shapeProps.ts first defined them.
    { id: Versions.Initial, up: () => {}, down: () => {} },
  ],
});
