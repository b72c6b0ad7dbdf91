/** Deleting a whole board (begeleider only, AVG): the request and whether it happened here. */
import { create } from 'zustand';

export async function deleteBoard(boardId: string, token: string): Promise<void> {
  const query = new URLSearchParams({ t: token });
  const response = await fetch(`/api/boards/${encodeURIComponent(boardId)}?${query}`, {
    method: 'DELETE',
  });
  if (!response.ok && response.status !== 404) throw new Error(`delete failed: ${response.status}`);
}

export const useBoardDeletion = create<{ deleted: boolean; setDeleted(): void }>()((set) => ({
  deleted: false,
  setDeleted: () => set({ deleted: true }),
}));

/** The word to type before deleting, so nobody deletes a board by a slip. */
export function confirmationMatches(typed: string, expected: string): boolean {
  return typed.trim().toLocaleLowerCase('nl') === expected.trim().toLocaleLowerCase('nl');
}
