/**
 * Reading a `.tldr` file for import: tldraw's own parser checks the format, migrates older
 * versions and validates every record against our schema (with our card shapes), so a foreign or
 * broken file is refused before anything is created. What goes onto the new board are its
 * shapes, bindings and assets, all on our single page; a file Werkbord wrote also says which
 * werkvorm and settings it had (`werkbordMarker.ts`).
 */
import {
  createTLStore,
  parseTldrawJsonFile,
  type TLParentId,
  type TLRecord,
  type TLSchema,
} from 'tldraw';
import { DEFAULT_PAGE_ID } from '../sync/storeBinding';
import { BINDING_UTILS, SHAPE_UTILS } from '../shapes/boardShapes';
import { type MarkedOrigin, readMarker } from './werkbordMarker';

export type TldrReadResult =
  | { ok: true; records: TLRecord[]; origin: MarkedOrigin | null }
  | { ok: false; reason: 'notTldraw' | 'tooNew' | 'invalid' | 'empty' };

let schema: TLSchema | null = null;
function boardSchema(): TLSchema {
  schema ??= createTLStore({ shapeUtils: SHAPE_UTILS, bindingUtils: BINDING_UTILS }).schema;
  return schema;
}

const IMPORTED_TYPES = new Set(['shape', 'binding', 'asset']);

export function readTldrFile(json: string): TldrReadResult {
  const parsed = parseTldrawJsonFile({ json, schema: boardSchema() });
  if (!parsed.ok) {
    const type = parsed.error.type;
    if (type === 'fileFormatVersionTooNew') return { ok: false, reason: 'tooNew' };
    if (type === 'notATldrawFile' || type === 'v1File') return { ok: false, reason: 'notTldraw' };
    return { ok: false, reason: 'invalid' };
  }
  const all = parsed.value.allRecords();
  const pageIds = new Set(all.filter((r) => r.typeName === 'page').map((r) => r.id as string));
  const records = all
    .filter((record) => IMPORTED_TYPES.has(record.typeName))
    .map((record) =>
      // Shapes on any page of the file land on the board's one page.
      record.typeName === 'shape' && pageIds.has(record.parentId)
        ? { ...record, parentId: DEFAULT_PAGE_ID as TLParentId }
        : record,
    );
  if (!records.some((record) => record.typeName === 'shape')) return { ok: false, reason: 'empty' };
  return { ok: true, records, origin: readMarker(all) };
}
