/**
 * What "no author on the card" means in a content or private document: no shape record carries a
 * non-empty `props.author` (Werkbord's cards keep the author there, `shared/src/cards/shapeProps.ts`;
 * any other shape that ever does is held to the same), and no person's marker carries its person's
 * colour or user id either (`Markers.looksAnonymous`, `Markers.anonymousMarkerOwner`). Pure
 * functions on Yjs data.
 */
import { CONTENT_RECORDS, isRecordEntry, Markers, ShapeType } from '@werkbord/shared';
import * as Y from 'yjs';
import { deleteRecords, latestRecords } from '../../boards/records.js';

/** Whether a record names its author (or is a marker in its person's colour). */
export function namesAuthor(record: unknown): boolean {
  if (typeof record !== 'object' || record === null) return false;
  const { typeName, type, props } = record as {
    typeName?: unknown;
    type?: unknown;
    props?: unknown;
  };
  if (typeName !== 'shape' || typeof props !== 'object' || props === null) return false;
  if (type === ShapeType.Markering) return !Markers.looksAnonymous(props);
  const author = (props as { author?: unknown }).author;
  return typeof author === 'string' && author !== '';
}

/** A marker's owner on an anonymous board, from its owner before (a user id). */
export type OwnerFor = (owner: string) => string;

/**
 * Whether the update inserts a record that names its author. Each inserted `{key, val}` entry is
 * read from the update itself, before it is applied (as the lock reads keys: `touchedKey`).
 * Throws for an update that cannot be decoded.
 */
export function insertsAuthor(update: Uint8Array): boolean {
  for (const struct of Y.decodeUpdate(update).structs) {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentAny)) continue;
    for (const entry of struct.content.arr) {
      if (isRecordEntry(entry) && namesAuthor(entry.val)) return true;
    }
  }
  return false;
}

/**
 * Takes the author off every record of the document that names one, as `YKeyValue` sets a value
 * (the old entries go, one new entry is appended), in one transaction made by `write`; a marker
 * also loses its person's colour, and its owner becomes `ownerFor(owner)`. Returns how many
 * records changed.
 */
export function removeAuthors(
  doc: Y.Doc,
  write: (change: () => void) => void,
  ownerFor: OwnerFor = (owner) => owner,
): number {
  const records = doc.getArray<unknown>(CONTENT_RECORDS);
  const named = [...latestRecords(records)].filter(([, val]) => namesAuthor(val));
  if (named.length === 0) return 0;
  write(() => {
    deleteRecords(records, new Set(named.map(([key]) => key)));
    records.push(named.map(([key, val]) => ({ key, val: withoutAuthor(val, ownerFor) })));
  });
  return named.length;
}

function withoutAuthor(record: unknown, ownerFor: OwnerFor): unknown {
  const shape = record as { type?: unknown; props: Record<string, unknown> };
  if (shape.type !== ShapeType.Markering)
    return { ...shape, props: { ...shape.props, author: '' } };
  const owner = typeof shape.props.owner === 'string' ? ownerFor(shape.props.owner) : '';
  const colour = Markers.ANONYMOUS_MARKER_COLOUR;
  return { ...shape, props: { ...shape.props, author: '', colour, owner } };
}
