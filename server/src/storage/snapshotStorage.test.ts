/** Snapshots (momentopnamen) in the storage contract, on every back-end. */
import type { SnapshotInfo } from '@werkbord/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from './Storage.js';
import { type OpenedStorage, STORAGE_BACKENDS } from './testing/storageBackends.js';

const board = { boardId: 'b'.repeat(22), werkvorm: 'leeg-bord', title: 'T', createdAt: 'x' };

function info(id: string, createdAt: string): SnapshotInfo {
  return {
    id,
    name: `Momentopname ${id}`,
    author: 'Begeleider Anna',
    createdAt,
    werkvorm: 'leeg-bord',
    kind: 'auto',
    hasThumbnail: false,
    sizeBytes: 0,
  };
}

describe.each(STORAGE_BACKENDS)('$name snapshots', (backend) => {
  let opened: OpenedStorage;
  let storage: Storage;

  beforeEach(async () => {
    opened = await backend.open();
    storage = opened.storage;
    await storage.createBoard(board, [], [{ doc: board.boardId, update: new Uint8Array([1]) }]);
  });
  afterEach(() => opened.dispose());

  it('stores, lists, reads and deletes snapshots; deleting the board removes them', async () => {
    const saved = await storage.createSnapshot({
      info: {
        ...info('AAAAAAAAAAAAAAAA', '2026-11-22T10:00:00.000Z'),
        kind: 'named',
        author: null,
      },
      boardId: board.boardId,
      content: new Uint8Array([1, 2, 3]),
      control: new Uint8Array([4]),
      thumbnail: new Uint8Array([5, 6]),
    });
    expect(saved).toMatchObject({ hasThumbnail: true, sizeBytes: 6 });
    expect(await storage.listSnapshots(board.boardId)).toEqual([saved]);
    const stored = await storage.getSnapshot(board.boardId, saved.id);
    expect(stored?.info).toEqual(saved);
    expect([...(stored?.content ?? [])]).toEqual([1, 2, 3]);
    expect([...(stored?.control ?? [])]).toEqual([4]);
    expect([...(stored?.thumbnail ?? [])]).toEqual([5, 6]);
    expect(await storage.getSnapshot('c'.repeat(22), saved.id)).toBeNull();
    await storage.deleteBoard(board.boardId);
    expect(await storage.getBoard(board.boardId)).toBeNull();
    expect(await storage.listSnapshots(board.boardId)).toEqual([]);
    expect((await storage.loadDocument(board.boardId)).updates).toEqual([]);
    expect(await storage.deleteSnapshot(board.boardId, saved.id)).toBe(false);
  });

  it('lists newest first, and snapshots of the same moment in the order they were made', async () => {
    const at = '2026-11-22T10:00:00.000Z';
    const made: SnapshotInfo[] = [];
    for (const [id, createdAt] of [
      ['AAAAAAAAAAAAAAA1', at],
      ['AAAAAAAAAAAAAAA3', '2026-11-22T11:00:00.000Z'],
      ['AAAAAAAAAAAAAAA2', at],
      ['AAAAAAAAAAAAAAA0', at],
    ] as const) {
      made.push(
        await storage.createSnapshot({
          info: info(id, createdAt),
          boardId: board.boardId,
          content: new Uint8Array([1]),
          control: new Uint8Array([2]),
          thumbnail: null,
        }),
      );
    }
    const listed = await storage.listSnapshots(board.boardId);
    expect(listed.map((snapshot) => snapshot.id)).toEqual([
      'AAAAAAAAAAAAAAA3',
      'AAAAAAAAAAAAAAA0',
      'AAAAAAAAAAAAAAA2',
      'AAAAAAAAAAAAAAA1',
    ]);
    expect(listed[0]).toEqual({ ...made[1], hasThumbnail: false, sizeBytes: 2 });
    expect(await storage.deleteSnapshot(board.boardId, 'AAAAAAAAAAAAAAA2')).toBe(true);
    expect(await storage.listSnapshots(board.boardId)).toHaveLength(3);
  });

  it('refuses a snapshot of a board that does not exist', async () => {
    await expect(
      storage.createSnapshot({
        info: info('AAAAAAAAAAAAAAA9', '2026-11-22T10:00:00.000Z'),
        boardId: 'c'.repeat(22),
        content: new Uint8Array([1]),
        control: new Uint8Array([2]),
        thumbnail: null,
      }),
    ).rejects.toThrow();
  });
});
