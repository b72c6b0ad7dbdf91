/**
 * What a writer may do to a marker record: the rule `MarkerGuard` applies. Pure, so every case is
 * a unit test.
 *
 * - Only its owner (the user id on it) makes, moves or changes a marker; a marker is never made
 *   for someone else, and never handed over.
 * - A person has one marker per scale.
 * - Its owner removes it, and so may the begeleider (someone who left, a second device): removing
 *   is not moving.
 * - In a private document no marker may live.
 */
import { parseMarkeringProps, Role, ShapeType } from '@werkbord/shared';

/** Who wrote the update being judged. */
export interface Writer {
  role: Role | null;
  /** The user id the server vouches for (`Connection.presenceId`). */
  userId: string;
}

/** A tldraw shape record of a marker (its props may still be malformed). */
export interface MarkerRecord {
  typeName: 'shape';
  type: typeof ShapeType.Markering;
  props?: unknown;
}

export function isMarkerRecord(value: unknown): value is MarkerRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as { typeName?: unknown; type?: unknown };
  return record.typeName === 'shape' && record.type === ShapeType.Markering;
}

export type MarkerVerdict = 'accepted' | 'refused';

export interface MarkerChange {
  key: string;
  /** The marker as accepted before; `undefined` when there was none under this key. */
  before: MarkerRecord | undefined;
  /** The record under this key now: a marker, something else, or nothing. */
  after: unknown;
  writer: Writer;
  inPrivate: boolean;
  /** Every accepted marker of the room, by key. */
  others: ReadonlyMap<string, MarkerRecord>;
}

function ownerAndMeter(record: MarkerRecord): { owner: string; meter: string } | null {
  const props = parseMarkeringProps(record.props);
  return props && { owner: props.owner, meter: props.meter };
}

export function markerVerdict({
  key,
  before,
  after,
  writer,
  inPrivate,
  others,
}: MarkerChange): MarkerVerdict {
  if (sameValue(before, after)) return 'accepted';
  const isMarker = isMarkerRecord(after);
  if (inPrivate) return isMarker ? 'refused' : 'accepted';
  if (writer.role === null || writer.role === Role.Viewer) return 'refused';
  if (before && ownerAndMeter(before)?.owner !== writer.userId) {
    const removed = !isMarker;
    return removed && writer.role === Role.Facilitator ? 'accepted' : 'refused';
  }
  if (!isMarker) return 'accepted';
  const mine = ownerAndMeter(after);
  if (!mine || mine.owner !== writer.userId) return 'refused';
  for (const [otherKey, other] of others) {
    if (otherKey === key) continue;
    const theirs = ownerAndMeter(other);
    if (theirs?.owner === mine.owner && theirs.meter === mine.meter) return 'refused';
  }
  return 'accepted';
}

/** Plain JSON values compared by content (records come out of Yjs as plain values). */
function sameValue(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (depth > 64 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) =>
    sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], depth + 1),
  );
}
