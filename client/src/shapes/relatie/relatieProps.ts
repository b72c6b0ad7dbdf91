/**
 * The `werkbord-relatie` shape and its `werkbord-relatie-end` binding as tldraw records: types,
 * prop validators and migrations. The validators accept exactly what shared's `parseRelatieProps`
 * accepts (checked by relatieProps.test.ts), so the server's harvest reads every relation the
 * client can store.
 */
import {
  DEFAULT_SHAPE_PROPS,
  RelationStrength,
  ShapeType,
  TextLimit,
  type RelatieShapeProps,
} from '@werkbord/shared';
import {
  T,
  createBindingPropsMigrationIds,
  createBindingPropsMigrationSequence,
  createShapePropsMigrationIds,
  createShapePropsMigrationSequence,
  type RecordProps,
  type TLBaseBinding,
  type TLBaseShape,
} from 'tldraw';

export const RELATIE_TYPE = ShapeType.Relatie;
export const RELATIE_END_BINDING_TYPE = 'werkbord-relatie-end' as const;

/** Which end of the relation a binding holds: `start` is `from`, `end` is `to`. */
export type RelatieTerminal = 'start' | 'end';

export interface RelatieEndBindingProps {
  terminal: RelatieTerminal;
}

declare module 'tldraw' {
  interface TLGlobalShapePropsMap {
    'werkbord-relatie': RelatieShapeProps;
  }
  interface TLGlobalBindingPropsMap {
    'werkbord-relatie-end': RelatieEndBindingProps;
  }
}

export type RelatieShape = TLBaseShape<typeof RELATIE_TYPE, RelatieShapeProps>;
export type RelatieEndBinding = TLBaseBinding<
  typeof RELATIE_END_BINDING_TYPE,
  RelatieEndBindingProps
>;

/** A string of at most `max` characters (shared checks the same limit). */
function boundedString(max: number) {
  return T.string.check((value) => {
    if (value.length > max) throw new T.ValidationError(`Expected at most ${max} characters`);
  });
}

const endId = boundedString(TextLimit.Name);
// T.number already refuses NaN and ±Infinity, like shared's `coordinate`.
const point = T.object({ x: T.number, y: T.number });

export const RELATIE_PROPS: RecordProps<RelatieShape> = {
  from: endId,
  to: endId,
  strength: T.literalEnum(...Object.values(RelationStrength)),
  start: point,
  end: point,
};

/** Append a version here (and a step below) whenever the props change. */
const RelatieVersions = createShapePropsMigrationIds(RELATIE_TYPE, { Initial: 1 });

export const RELATIE_MIGRATIONS = createShapePropsMigrationSequence({
  sequence: [
    // The baseline: the props as shared/src/cards/shapeProps.ts first defined them.
    { id: RelatieVersions.Initial, up: () => {}, down: () => {} },
  ],
});

export const RELATIE_END_PROPS: RecordProps<RelatieEndBinding> = {
  terminal: T.literalEnum('start', 'end'),
};

const RelatieEndVersions = createBindingPropsMigrationIds(RELATIE_END_BINDING_TYPE, { Initial: 1 });

export const RELATIE_END_MIGRATIONS = createBindingPropsMigrationSequence({
  sequence: [{ id: RelatieEndVersions.Initial, up: () => {}, down: () => {} }],
});

export function defaultRelatieProps(): RelatieShapeProps {
  const { relatie } = DEFAULT_SHAPE_PROPS;
  return { ...relatie, start: { ...relatie.start }, end: { ...relatie.end } };
}
