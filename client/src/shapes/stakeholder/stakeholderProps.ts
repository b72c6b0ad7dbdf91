/** Validators and migrations of `werkbord-stakeholder` props. */
import { ShapeType, TextLimit } from '@werkbord/shared';
import {
  createShapePropsMigrationIds,
  createShapePropsMigrationSequence,
  type RecordProps,
} from 'tldraw';
import type { StakeholderShape } from '../card/cardShapes';
import { cardBaseProps, limitedText, stakeholderTags } from '../card/cardValidators';

export const stakeholderShapeProps: RecordProps<StakeholderShape> = {
  ...cardBaseProps,
  name: limitedText(TextLimit.Name),
  belangen: limitedText(TextLimit.Belangen),
  tags: stakeholderTags,
};

/** Append a version here (and a step below) whenever the props change. */
const Versions = createShapePropsMigrationIds(ShapeType.Stakeholder, {
  Initial: 1,
});

export const stakeholderShapeMigrations = createShapePropsMigrationSequence({
  sequence: [
    // The baseline: the props as shared/src/cards/shapeProps.ts first defined them.
    { id: Versions.Initial, up: () => {}, down: () => {} },
  ],
});
