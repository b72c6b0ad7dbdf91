/**
 * Owner fences (issue 12), on every back-end: a board's owner claims it with a fence that only
 * grows, and every write of its live room carries that fence. A paused or partitioned old owner
 * that comes back after a new one claimed the board writes nothing, in one transaction with the
 * check; a write without a fence (the single embedded process) is never refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BoardRecord, SnapshotRecord, Storage } from './Storage.js';
import { StaleOwnerError } from './Storage.js';
import { type OpenedStorage, STORAGE_BACKENDS } from './testing/storageBackends.js';

const board: BoardRecord = {
  boardId: 'FfEeNnCcEeBbOoAaRrDd_1',
  werkvorm: 'leeg-bord',
  title: 'Buurtteam',
  createdAt: '2026-03-01T09:00:00.000Z',
};
const other: BoardRecord = { ...board, boardId: 'FfEeNnCcEeBbOoAaRrDd_2' };
const id = board.boardId;
const bytes = (...values: number[]) => new Uint8Array(values);

function snapshot(snapshotId: string): SnapshotRecord {
  return {
    info: {
      id: snapshotId,
      name: 'Voor de pauze',
      author: null,
      createdAt: '2026-03-01T10:00:00.000Z',
      werkvorm: 'leeg-bord',
      kind: 'named',
      hasThumbnail: false,
      sizeBytes: 0,
    },
    boardId: id,
    content: bytes(1),
    control: bytes(2),
    thumbnail: null,
  };
}

/** Everything a write could have changed, to compare before and after a refused one. */
async function traces(storage: Storage) {
  return {
    board: await storage.getBoard(id),
    sizes: Object.fromEntries(await storage.documentSizes(id)),
    content: await storage.loadDocument(id),
    snapshots: await storage.listSnapshots(id),
  };
}

async function refusal(write: Promise<unknown>): Promise<StaleOwnerError> {
  const error = await write.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(StaleOwnerError);
  return error as StaleOwnerError;
}

describe.each(STORAGE_BACKENDS)('$name owner fences', (backend) => {
  let opened: OpenedStorage;
  /** The old owner's process and the new owner's, on the same data. */
  let oldOwner: Storage;
  let newOwner: Storage;

  beforeEach(async () => {
    opened = await backend.open();
    oldOwner = opened.storage;
    newOwner = opened.another();
    await oldOwner.createBoard(board, [], [{ doc: id, update: bytes(0) }]);
    await oldOwner.createBoard(other, [], []);
  });
  afterEach(() => opened.dispose());

  it('only ever raises a claim: a lower fence is refused, the same or a higher one taken', async () => {
    await oldOwner.claimBoard(id, 5);
    await oldOwner.claimBoard(id, 5n);
    expect((await refusal(newOwner.claimBoard(id, 4))).boardIds).toEqual([id]);
    await newOwner.claimBoard(id, 6);
    await refusal(oldOwner.claimBoard(id, 5));
    await expect(
      oldOwner.appendUpdates([{ doc: id, update: bytes(1), fence: 6 }]),
    ).resolves.toHaveLength(1);
  });

  it('refuses a claim of a board that does not exist', async () => {
    await refusal(oldOwner.claimBoard('NnOoSsUuCcHhBbOoAaRrDd', 1));
  });

  it('refuses a paused old owner’s batch after a new claim, and writes none of it', async () => {
    await oldOwner.claimBoard(id, 1);
    await oldOwner.appendUpdates([{ doc: `${id}.control`, update: bytes(1), fence: 1 }]);
    // The old owner pauses; its lease runs out and another process claims the board.
    await newOwner.claimBoard(id, 2);
    const before = await traces(newOwner);
    const stale = await refusal(
      oldOwner.appendUpdates([
        { doc: id, update: bytes(2), fence: 1 },
        { doc: `${id}.private.MmEeMmBbEeRr0123456789`, update: bytes(3), fence: 1 },
      ]),
    );
    expect(stale.boardIds).toEqual([id]);
    expect(await traces(newOwner)).toEqual(before);
    expect(await newOwner.listDocuments(`${id}.private.`)).toEqual([]);
    // The new owner writes on.
    await newOwner.appendUpdates([{ doc: id, update: bytes(4), fence: 2 }]);
    const content = await newOwner.loadDocument(id);
    expect(content.updates.map((update) => [...update])).toEqual([[0], [4]]);
  });

  it('refuses a whole batch when one of its boards is stale, also the other board’s updates', async () => {
    await oldOwner.claimBoard(id, 1);
    await oldOwner.claimBoard(other.boardId, 1);
    await newOwner.claimBoard(id, 2);
    const stale = await refusal(
      oldOwner.appendUpdates([
        { doc: other.boardId, update: bytes(8), fence: 1 },
        { doc: id, update: bytes(9), fence: 1 },
      ]),
    );
    expect(stale.boardIds).toEqual([id]);
    expect(await oldOwner.documentSizes(other.boardId)).toEqual(new Map());
  });

  it('refuses every other write of a stale owner: compact, snapshots, delete', async () => {
    await oldOwner.claimBoard(id, 1);
    const [seq] = await oldOwner.appendUpdates([{ doc: id, update: bytes(1), fence: 1 }]);
    await oldOwner.createSnapshot(snapshot('SsNnAaPpSsHhOoTt'), 1);
    await newOwner.claimBoard(id, 2);
    const before = await traces(newOwner);

    await refusal(oldOwner.compact(id, bytes(7, 7), seq ?? 0, 1));
    await refusal(oldOwner.createSnapshot(snapshot('SsNnAaPpSsHhOoT2'), 1));
    await refusal(oldOwner.deleteSnapshot(id, 'SsNnAaPpSsHhOoTt', 1));
    await refusal(oldOwner.deleteBoard(id, 1));
    expect(await traces(newOwner)).toEqual(before);

    await newOwner.compact(id, bytes(7, 7), seq ?? 0, 2);
    expect(await newOwner.deleteSnapshot(id, 'SsNnAaPpSsHhOoTt', 2)).toBe(true);
    await newOwner.deleteBoard(id, 2);
    expect(await newOwner.getBoard(id)).toBeNull();
  });

  it('refuses fenced writes of a deleted board: nobody owns it any more', async () => {
    await oldOwner.claimBoard(id, 3);
    await newOwner.deleteBoard(id, 3);
    await refusal(oldOwner.appendUpdates([{ doc: id, update: bytes(1), fence: 3 }]));
    await refusal(oldOwner.claimBoard(id, 4));
    expect(await newOwner.documentSizes(id)).toEqual(new Map());
  });

  it('never refuses a write without a fence (the single embedded process)', async () => {
    await newOwner.claimBoard(id, 9);
    const [seq] = await oldOwner.appendUpdates([{ doc: id, update: bytes(1) }]);
    await oldOwner.compact(id, bytes(1, 1), seq ?? 0);
    await oldOwner.createSnapshot(snapshot('SsNnAaPpSsHhOoT3'));
    expect(await oldOwner.deleteSnapshot(id, 'SsNnAaPpSsHhOoT3')).toBe(true);
    await oldOwner.deleteBoard(id);
    expect(await newOwner.getBoard(id)).toBeNull();
  });

  it('compares fences beyond 2^53 exactly', async () => {
    const big = 2n ** 60n;
    await oldOwner.claimBoard(id, big);
    await newOwner.claimBoard(id, big + 1n);
    await refusal(oldOwner.appendUpdates([{ doc: id, update: bytes(1), fence: big }]));
    await expect(
      newOwner.appendUpdates([{ doc: id, update: bytes(1), fence: big + 1n }]),
    ).resolves.toHaveLength(1);
  });

  it('takes only whole fences of a board’s documents', async () => {
    await expect(oldOwner.claimBoard(id, 1.5)).rejects.toThrow(RangeError);
    await expect(oldOwner.claimBoard(id, -1)).rejects.toThrow(RangeError);
    await expect(
      oldOwner.appendUpdates([{ doc: 'not-a-board', update: bytes(1), fence: 1 }]),
    ).rejects.toThrow(TypeError);
  });
});
