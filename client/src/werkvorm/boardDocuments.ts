/**
 * A board's documents sent as base64 Yjs updates (a momentopname, a board to compare) read into
 * what a read-only view needs: the tldraw records of the content and the werkvorm state of the
 * control document, with the layout and the cards as the werkvorm reads them.
 */
import {
  type BoardCard,
  CONTENT_RECORDS,
  cardsFromRecords,
  latestRecordValues,
  type Layout,
} from '@werkbord/shared';
import type { TLRecord } from 'tldraw';
import * as Y from 'yjs';
import { readControlState, type ControlState } from './controlState';

export interface BoardDocuments {
  records: TLRecord[];
  control: ControlState;
  layout: Layout;
  cards: BoardCard[];
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

/** `fallback`: the title and werkvorm to use where the control document has none. */
export function readBoardDocuments(
  content: string,
  control: string,
  fallback: { title: string; werkvorm: string },
): BoardDocuments {
  const contentDoc = docFrom(content);
  const controlDoc = docFrom(control);
  try {
    // Written by other people's browsers: what is not a record entry is skipped (tldraw's own
    // validation, where a viewer puts them in a store, skips what is not a valid record).
    const { values } = latestRecordValues(contentDoc.getArray<unknown>(CONTENT_RECORDS).toArray());
    const records = [...values.values()].filter(isRecordLike) as TLRecord[];
    const state = readControlState(controlDoc, fallback);
    return {
      records,
      control: state,
      layout: state.werkvorm.layout(state.settings),
      cards: cardsFromRecords(records).cards,
    };
  } finally {
    contentDoc.destroy();
    controlDoc.destroy();
  }
}
