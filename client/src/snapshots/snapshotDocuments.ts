/**
 * A fetched momentopname as readable data: its two documents rebuilt from their base64 Yjs
 * updates, the tldraw records of the content and the werkvorm state of the control document.
 */
import {
  CONTENT_RECORDS,
  cardsFromRecords,
  latestRecordValues,
  type SnapshotResponse,
} from '@werkbord/shared';
import type { TLRecord } from 'tldraw';
import * as Y from 'yjs';
import { readControlState, type ControlState } from '../werkvorm/controlState';
import type { SnapshotSide } from './snapshotDiff';

export interface SnapshotDocuments {
  records: TLRecord[];
  control: ControlState;
  side: SnapshotSide;
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function docFrom(update: string): Y.Doc {
  const doc = new Y.Doc();
  if (update) Y.applyUpdate(doc, base64ToBytes(update));
  return doc;
}

/** Enough of a record to offer it to a store, whose validation judges the rest. */
function isRecordLike(value: unknown): boolean {
  const record = value as { id?: unknown; typeName?: unknown } | null;
  return typeof record?.id === 'string' && typeof record.typeName === 'string';
}

export function readSnapshot(snapshot: SnapshotResponse): SnapshotDocuments {
  const content = docFrom(snapshot.content);
  // Written by other people's browsers: what is not a record entry is skipped (tldraw's own
  // validation, where the viewer puts them in a store, skips what is not a valid record).
  const { values } = latestRecordValues(content.getArray<unknown>(CONTENT_RECORDS).toArray());
  const list = [...values.values()].filter(isRecordLike) as TLRecord[];
  const control = readControlState(docFrom(snapshot.control), {
    title: snapshot.info.name,
    werkvorm: snapshot.info.werkvorm,
  });
  const layout = control.werkvorm.layout(control.settings);
  return {
    records: list,
    control,
    side: { cards: cardsFromRecords(list).cards, werkvorm: control.werkvorm, layout },
  };
}
