import { describe, expect, it } from 'vitest';
import type { Storage } from '../storage/Storage.js';
import { DocumentQuota } from './documentQuota.js';

const BOARD = 'AbCdEfGhIjKlMnOpQrSt_-';
const content = BOARD;
const privateA = `${BOARD}.private.AAAAAAAAAAAAAAAAAAAAAA`;
const privateB = `${BOARD}.private.BBBBBBBBBBBBBBBBBBBBBB`;

/** Storage that knows only the stored sizes. */
function sizes(entries: Record<string, number>): Storage {
  return { documentSizes: async () => new Map(Object.entries(entries)) } as unknown as Storage;
}

describe('DocumentQuota', () => {
  it('refuses growth of a document past its quota, never a deletion', async () => {
    const quota = new DocumentQuota(sizes({ [content]: 900 }), {
      maxDocumentBytes: 1000,
      maxBoardBytes: 10_000,
    });
    await quota.attach(content);
    expect(quota.refusal(content, 100, true)).toBeNull();
    quota.added(content, 100);
    expect(quota.refusal(content, 1, true)).toBe('document-full');
    expect(quota.refusal(content, 1, false)).toBeNull();
    expect(quota.nearlyFull(content)).toBe(true);
    quota.compacted(content, 200);
    expect(quota.refusal(content, 100, true)).toBeNull();
    expect(quota.nearlyFull(content)).toBe(false);
  });

  it("holds private documents to the board's quota, the shared ones only to their own", async () => {
    const quota = new DocumentQuota(sizes({ [content]: 600, [privateA]: 300 }), {
      maxDocumentBytes: 1000,
      maxBoardBytes: 1000,
    });
    await quota.attach(privateB);
    expect(quota.refusal(privateB, 100, true)).toBeNull();
    expect(quota.refusal(privateB, 101, true)).toBe('board-full');
    expect(quota.refusal(content, 300, true)).toBeNull();
  });

  it('forgets a board with its last room, and reads it again on the next', async () => {
    let reads = 0;
    const storage = {
      documentSizes: async () => {
        reads++;
        return new Map([[content, 999]]);
      },
    } as unknown as Storage;
    const quota = new DocumentQuota(storage, { maxDocumentBytes: 1000, maxBoardBytes: 5000 });
    await quota.attach(content);
    await quota.attach(privateA);
    quota.detach(content);
    quota.detach(content); // twice: harmless
    expect(quota.refusal(content, 2, true)).toBe('document-full');
    quota.detach(privateA);
    expect(quota.refusal(content, 2, true)).toBeNull(); // not in memory: judged when it loads
    await quota.attach(content);
    expect(reads).toBe(2);
  });
});
