import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  findMyBoard,
  forgetMyBoard,
  linkToken,
  listMyBoards,
  rememberMadeBoard,
  rememberMyBoard,
  touchMyBoard,
} from './myBoards';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const A = 'AAAAAAAAAAAAAAAAAAAAAA';
const B = 'BBBBBBBBBBBBBBBBBBBBBB';
const board = (boardId: string, lastActivity: number) => ({
  boardId,
  title: `Bord ${boardId[0]}`,
  werkvorm: 'cirkel-van-invloed',
  createdAt: '2026-03-01T10:00:00.000Z',
  token: `token-${boardId[0]}-0123456789abcdef`,
  lastActivity,
});

let storage: Storage;
beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal('window', { localStorage: storage });
});
afterEach(() => vi.unstubAllGlobals());

describe('Mijn borden', () => {
  it('keeps one key per board, named after it, so forgetting a deleted board forgets it here', () => {
    rememberMyBoard(board(A, 1));
    expect(storage.key(0)).toBe(`werkbord.myBoard.${A}`);
    expect(findMyBoard(A)).toEqual(board(A, 1));
  });

  it('lists the most recently active first; touching moves a board up, never back', () => {
    rememberMyBoard(board(A, 1000));
    rememberMyBoard(board(B, 2000));
    expect(listMyBoards().map((b) => b.boardId)).toEqual([B, A]);
    touchMyBoard(A, 3000);
    expect(listMyBoards().map((b) => b.boardId)).toEqual([A, B]);
    touchMyBoard(A, 500);
    expect(findMyBoard(A)?.lastActivity).toBe(3000);
  });

  it('adds nothing by touching a board it does not know, and forgets on request', () => {
    touchMyBoard(A);
    expect(listMyBoards()).toEqual([]);
    rememberMyBoard(board(B, 1));
    forgetMyBoard(B);
    expect(listMyBoards()).toEqual([]);
  });

  it('skips what it cannot read', () => {
    storage.setItem(`werkbord.myBoard.${A}`, '{kapot');
    storage.setItem(`werkbord.myBoard.${B}`, JSON.stringify({ ...board(B, 1), token: '' }));
    storage.setItem('werkbord.myBoard.kort', JSON.stringify(board('kort', 1)));
    expect(listMyBoards()).toEqual([]);
  });

  it('remembers a board just made with the token of its begeleider link', () => {
    const facilitator = 'Xy-_0123456789abcdefghij';
    rememberMadeBoard(
      {
        boardId: A,
        links: {
          facilitator: `/b/${A}?t=${facilitator}`,
          participant: `/b/${A}?t=deelnemer`,
          viewer: `/b/${A}?t=meekijker`,
        },
      },
      { title: 'Team Noord', werkvorm: 'stakeholdermap' },
    );
    expect(findMyBoard(A)).toMatchObject({ title: 'Team Noord', token: facilitator });
    expect(linkToken('/b/x')).toBe('');
  });

  it('forgets nothing and throws nothing when storage is refused', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new Error('SecurityError');
      },
    });
    rememberMyBoard(board(A, 1));
    expect(listMyBoards()).toEqual([]);
    expect(findMyBoard(A)).toBeNull();
  });
});
