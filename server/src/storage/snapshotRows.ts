/**
 * A momentopname's row as both back-ends select it for a list, and what it means. SQLite reads
 * the thumbnail test as 0/1, PostgreSQL as a boolean.
 */
import type { SnapshotInfo, SnapshotKind } from '@werkbord/shared';

export const SNAPSHOT_COLUMNS =
  'id, name, author, created_at, werkvorm, kind, thumbnail IS NOT NULL AS has_thumbnail, size';

export interface SnapshotRow {
  id: string;
  name: string;
  author: string | null;
  created_at: string;
  werkvorm: string;
  kind: string;
  has_thumbnail: number | boolean;
  size: number;
}

export function snapshotInfo(row: SnapshotRow): SnapshotInfo {
  return {
    id: row.id,
    name: row.name,
    author: row.author,
    createdAt: row.created_at,
    werkvorm: row.werkvorm,
    kind: row.kind as SnapshotKind,
    hasThumbnail: row.has_thumbnail === true || row.has_thumbnail === 1,
    sizeBytes: row.size,
  };
}
