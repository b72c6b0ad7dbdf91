/**
 * tldraw prop validators for the card shapes, built to refuse exactly what the checks in
 * `@werkbord/shared`'s `shapeProps.ts` refuse (the tests hold them to that). tldraw refuses
 * unknown props too; shared tolerates them for forward compatibility, which is fine: a record
 * tldraw accepts is always one the harvest can read.
 */
import { StakeholderTag, TextLimit, parsePeriod } from '@werkbord/shared';
import { T } from 'tldraw';

/** The largest width or height `shapeProps.ts` accepts. */
export const CARD_MAX_SIZE = 100_000;

function refuse(message: string): never {
  throw new T.ValidationError(message);
}

/** A width or height: positive, finite, at most `CARD_MAX_SIZE`. */
export const cardSize = T.number.check('card size', (value) => {
  if (!(value > 0 && value <= CARD_MAX_SIZE)) refuse(`Expected a size in (0, ${CARD_MAX_SIZE}]`);
});

/** Milliseconds since 1970, `0` when unknown. */
export const timestamp = T.number.check('timestamp', (value) => {
  if (value < 0) refuse('Expected a timestamp ≥ 0');
});

/** A string of at most `max` characters (UTF-16 units, like `String.length`). */
export function limitedText(max: number) {
  return T.string.check('length', (value) => {
    if (value.length > max) refuse(`Expected at most ${max} characters`);
  });
}

/** `''` or a period `parsePeriod` reads. */
export const periodText = limitedText(TextLimit.Date).check('period', (value) => {
  if (value !== '' && parsePeriod(value) === null) refuse('Expected a period like 2015-03');
});

const STAKEHOLDER_TAGS = Object.values(StakeholderTag);

/** Stakeholder tags, each at most once. */
export const stakeholderTags = T.arrayOf(T.literalEnum(...STAKEHOLDER_TAGS)).check(
  'unique',
  (tags) => {
    if (new Set(tags).size !== tags.length) refuse('Expected each tag at most once');
  },
);

/** The props every card kind has. */
export const cardBaseProps = {
  w: cardSize,
  h: cardSize,
  author: limitedText(TextLimit.Author),
  createdAt: timestamp,
};
