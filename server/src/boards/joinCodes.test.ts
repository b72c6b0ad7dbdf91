import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatJoinCode, JOIN_CODE_LIFETIME_MS } from '@werkbord/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, SqliteStorage } from '../storage/SqliteStorage.js';
import { JOIN_CODES_PER_BOARD, JoinCodes } from './joinCodes.js';
import { participantTokenFor } from './tokens.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function setUp() {
  const dir = mkdtempSync(join(tmpdir(), 'werkbord-join-'));
  dirs.push(dir);
  const storage = new SqliteStorage({ dataDir: dir, synchronous: 'NORMAL' });
  const clock = { now: Date.UTC(2026, 2, 10, 9) };
  const codes = new JoinCodes(storage, () => clock.now);
  const board = { boardId: 'b'.repeat(22), werkvorm: 'leeg-bord', title: 'T', createdAt: 'x' };
  await storage.createBoard(board, [], []);
  return { dir, storage, clock, codes, boardId: board.boardId };
}

const TOKEN = participantTokenFor('begeleider-token-begeleider-token');

describe('join codes', () => {
  it('open the deelnemer token, however the code is typed, until they expire', async () => {
    const { storage, clock, codes, boardId } = await setUp();
    const { code, expiresAt } = await codes.create(boardId, TOKEN);
    expect(expiresAt).toBe(clock.now + JOIN_CODE_LIFETIME_MS);
    const target = { boardId, participantToken: TOKEN };
    expect(await codes.resolve(code)).toEqual(target);
    expect(await codes.resolve(formatJoinCode(code).toLowerCase())).toEqual(target);
    clock.now = expiresAt;
    expect(await codes.resolve(code)).toBeNull();
    await storage.close();
  });

  it('keep neither the code nor the token in the database', async () => {
    const { dir, storage, codes, boardId } = await setUp();
    const { code } = await codes.create(boardId, TOKEN);
    expect(await codes.resolve(code)).not.toBeNull();
    // While open, the row is in the write-ahead log; closing writes it into the database file.
    const read = (name: string) => readFileSync(join(dir, name)).toString('latin1');
    const files = [read(`${DATABASE_FILE}-wal`)];
    await storage.close();
    files.push(read(DATABASE_FILE));
    for (const file of files) {
      expect(file).toContain(boardId);
      expect(file).not.toContain(code);
      expect(file).not.toContain(TOKEN);
    }
  });

  it('refuse unknown and malformed codes', async () => {
    const { storage, codes, boardId } = await setUp();
    const { code } = await codes.create(boardId, TOKEN);
    const other = code.endsWith('A') ? `${code.slice(0, 9)}B` : `${code.slice(0, 9)}A`;
    expect(await codes.resolve(other)).toBeNull();
    expect(await codes.resolve('kort')).toBeNull();
    expect(await codes.resolve('')).toBeNull();
    await storage.close();
  });

  it(`keep the newest ${JOIN_CODES_PER_BOARD} codes of a board, and forget a deleted board's`, async () => {
    const { storage, clock, codes, boardId } = await setUp();
    const made: string[] = [];
    for (let i = 0; i < JOIN_CODES_PER_BOARD + 2; i++) {
      clock.now += 1_000;
      made.push((await codes.create(boardId, TOKEN)).code);
    }
    const open = await Promise.all(made.map((code) => codes.resolve(code)));
    expect(open.map((target) => target !== null)).toEqual([
      false,
      false,
      ...Array<boolean>(JOIN_CODES_PER_BOARD).fill(true),
    ]);
    await storage.deleteBoard(boardId);
    expect(await codes.resolve(made.at(-1) ?? '')).toBeNull();
    await storage.close();
  });
});
