/**
 * The colour this browser last had on a board, so a reload asks for the same one (it gets it
 * while nobody else present holds it). Per board, in localStorage; forgotten with the board.
 */
const storageKey = (boardId: string) => `werkbord.colour.${boardId}`;

export function loadBoardColour(boardId: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(boardId));
  } catch {
    return null;
  }
}

export function saveBoardColour(boardId: string, colour: string): void {
  try {
    window.localStorage.setItem(storageKey(boardId), colour);
  } catch {
    // Not remembered: after a reload this person simply asks for a free colour again.
  }
}
