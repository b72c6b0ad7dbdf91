/**
 * A fetched momentopname as readable data: its two documents rebuilt from their base64 Yjs
 * updates, the tldraw records of the content and the werkvorm state of the control document.
 */
import { CONTENT_RECORDS, cardsFromRecords, type SnapshotResponse } from '@werkbord/shared';
import type { TLRecord } from 'tldraw';
import { YKeyValue } from 'y-utility/y-keyvalue';
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

export function readSnapshot(snapshot: SnapshotResponse): SnapshotDocuments {
  const content = docFrom(snapshot.content);
  const records = new YKeyValue<TLRecord>(
    content.getArray<{ key: string; val: TLRecord }>(CONTENT_RECORDS),
  );
  const list = [...records.map.values()].map((entry) => entry.val);
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
