/**
 * A fetched momentopname as readable data: its two documents rebuilt from their base64 Yjs
 * updates, the tldraw records of the content and the werkvorm state of the control document.
 */
import type { SnapshotResponse } from '@werkbord/shared';
import type { TLRecord } from 'tldraw';
import { readBoardDocuments } from '../werkvorm/boardDocuments';
import type { ControlState } from '../werkvorm/controlState';
import type { SnapshotSide } from './snapshotDiff';

export interface SnapshotDocuments {
  records: TLRecord[];
  control: ControlState;
  side: SnapshotSide;
}

export function readSnapshot(snapshot: SnapshotResponse): SnapshotDocuments {
  const { records, control, layout, cards } = readBoardDocuments(
    snapshot.content,
    snapshot.control,
    { title: snapshot.info.name, werkvorm: snapshot.info.werkvorm },
  );
  return { records, control, side: { cards, werkvorm: control.werkvorm, layout } };
}
