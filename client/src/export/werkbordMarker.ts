/**
 * Werkbord's mark in the `.tldr` files it writes, so importing one gives the board back its
 * werkvorm and settings (cards mean something only where they lie on the werkvorm's background),
 * and whether it was written anonymously (a promise to the group that an import keeps).
 * It lives in the file's document record, as `meta.werkbord`: tldraw keeps a record's `meta` as
 * it is, and its file parser refuses any unknown top-level field, so this is the one place a
 * mark survives tldraw's own reading (and tldraw.com's, should the file pass through there).
 *
 * A file without the mark (an older Werkbord's, or any other tldraw file), with a mark of another
 * format, a werkvorm this version does not know or settings it refuses, imports as a leeg bord,
 * the shapes where they were.
 */
import { findWerkvorm } from '@werkbord/shared';

export const MARKER_KEY = 'werkbord';
/** Raise when the mark's meaning changes; readers ignore formats they do not know. */
export const MARKER_FORMAT = 1;

export interface WerkbordMarker {
  format: typeof MARKER_FORMAT;
  werkvorm: string;
  settings: unknown;
  /** Only when the board was anonymous; files without it (older ones) are not. */
  anonymous?: true;
}

/** What an import can make of a file's mark: the werkvorm and its validated settings. */
export interface MarkedOrigin {
  werkvorm: string;
  settings: unknown;
  anonymous: boolean;
}

type JsonRecord = Record<string, unknown>;
const asRecord = (value: unknown): JsonRecord | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonRecord)
    : null;

/** `serializeTldrawJson`'s output with the mark in its document record. */
export function markTldrJson(
  json: string,
  werkvorm: string,
  settings: unknown,
  anonymous = false,
): string {
  const file = JSON.parse(json) as { records?: unknown };
  if (!Array.isArray(file.records)) return json;
  const marker: WerkbordMarker = {
    format: MARKER_FORMAT,
    werkvorm,
    settings,
    ...(anonymous ? { anonymous: true } : {}),
  };
  file.records = file.records.map((value: unknown) => {
    const record = asRecord(value);
    if (record?.typeName !== 'document') return value;
    return { ...record, meta: { ...asRecord(record.meta), [MARKER_KEY]: marker } };
  });
  return JSON.stringify(file);
}

/** The werkvorm and settings a file's records were marked with, or `null` (a leeg bord then). */
export function readMarker(records: readonly unknown[]): MarkedOrigin | null {
  const document = records.map(asRecord).find((record) => record?.typeName === 'document');
  const marker = asRecord(asRecord(document?.meta)?.[MARKER_KEY]);
  if (marker?.format !== MARKER_FORMAT || typeof marker.werkvorm !== 'string') return null;
  const schema = findWerkvorm(marker.werkvorm)?.settings;
  const settings = schema?.validate(marker.settings);
  if (!settings?.ok) return null;
  return {
    werkvorm: marker.werkvorm,
    settings: settings.value,
    anonymous: marker.anonymous === true,
  };
}
