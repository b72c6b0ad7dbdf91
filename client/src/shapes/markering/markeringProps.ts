/** Validators and migrations of `werkbord-markering` props. */
import { HEX_COLOUR_PATTERN, METER_ID_PATTERN, ShapeType, TextLimit } from '@werkbord/shared';
import {
  createShapePropsMigrationIds,
  createShapePropsMigrationSequence,
  T,
  type RecordProps,
} from 'tldraw';
import type { MarkeringShape } from '../card/cardShapes';
import { cardBaseProps, limitedText } from '../card/cardValidators';

function refuse(message: string): never {
  throw new T.ValidationError(message);
}

export const markeringShapeProps: RecordProps<MarkeringShape> = {
  ...cardBaseProps,
  owner: limitedText(TextLimit.Owner).check('owner', (value) => {
    if (value.length === 0) refuse('Expected the user id of the marker’s person');
  }),
  colour: T.string.check('colour', (value) => {
    if (!HEX_COLOUR_PATTERN.test(value)) refuse('Expected a colour like #1864ab');
  }),
  meter: T.string.check('meter', (value) => {
    if (!METER_ID_PATTERN.test(value)) refuse('Expected a scale id like nu or onderwerp-1');
  }),
};

/** Append a version here (and a step below) whenever the props change. */
const Versions = createShapePropsMigrationIds(ShapeType.Markering, {
  Initial: 1,
});

export const markeringShapeMigrations = createShapePropsMigrationSequence({
  sequence: [
    // The baseline: the props as shared/src/cards/shapeProps.ts first defined them.
    { id: Versions.Initial, up: () => {}, down: () => {} },
  ],
});
