import type { SnapshotInfo, SnapshotKind } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../log.js';
import { AutoSnapshotter, autoSnapshotsToThin, KEEP_NEWEST_AUTO } from './autoSnapshots.js';

function info(id: string, createdAt: string, kind: SnapshotKind = 'auto'): SnapshotInfo {
  return {
    id,
    name: id,
    author: null,
    createdAt,
    werkvorm: 'leeg-bord',
    kind,
    hasThumbnail: false,
    sizeBytes: 1,
  };
}

describe('autoSnapshotsToThin', () => {
  it('keeps the newest automatic ones, one per older day, and every named or restore one', () => {
    const today = Array.from({ length: KEEP_NEWEST_AUTO + 2 }, (_, i) =>
      info(`t${i}`, `2026-11-22T10:${String(i).padStart(2, '0')}:00.000Z`),
    );
    const yesterday = [
      info('y1', '2026-11-21T09:00:00.000Z'),
      info('y2', '2026-11-21T17:00:00.000Z'),
      info('y-named', '2026-11-21T08:00:00.000Z', 'named'),
      info('y-restore', '2026-11-21T07:00:00.000Z', 'restore'),
    ];
    const thinned = autoSnapshotsToThin([...yesterday, ...today]);
    // The two oldest of today go (today already has a kept one); yesterday keeps its newest.
    expect(thinned.sort()).toEqual(['t0', 't1', 'y1']);
  });

  it('thins nothing while there are few', () => {
    expect(autoSnapshotsToThin([info('a', '2026-01-01T00:00:00.000Z')])).toEqual([]);
  });
});

describe('AutoSnapshotter', () => {
  it('saves a changed board when it goes idle, and at most once per interval while active', async () => {
    let now = 0;
    const saved: string[] = [];
    const auto = new AutoSnapshotter({
      intervalMs: 1000,
      save: async (boardId) => void saved.push(boardId),
      log: createLogger('silent'),
      now: () => now,
    });
    auto.changed('b');
    now = 999;
    auto.changed('b');
    expect(saved).toEqual([]);
    now = 1000;
    auto.changed('b');
    expect(saved).toEqual(['b']);
    now = 1500;
    auto.changed('b');
    expect(saved).toEqual(['b']);
    await auto.idle('b');
    expect(saved).toEqual(['b', 'b']);
    await auto.idle('b'); // unchanged since: nothing
    await auto.idle('unknown');
    expect(saved).toEqual(['b', 'b']);
    auto.changed('c');
    auto.forget('c');
    await auto.idle('c');
    expect(saved).toEqual(['b', 'b']);
  });
});
