/**
 * Who my markers say I am. On a named board: my user id, my name and my colour (the editor's
 * user, kept equal to mine by `tldraw/userBridge.ts`). On an anonymous board ("anoniem
 * schrijven"): the id only this browser can compute for this board (`Markers.anonymousMarkerOwner`
 * from the secret presence key; the server computes the same from my socket), no name and the grey
 * of every anonymous marker, so nothing on a marker points at me.
 */
import { Markers } from '@werkbord/shared';
import { atom, type Editor } from 'tldraw';
import { loadPresenceKey } from '../../identity/presenceKey';
import { anonymousCards } from '../card/anonymousCards';

/** The open board's id (set by the board session), which an anonymous owner is computed for. */
export const markerBoardId = atom<string | null>('werkbord: the board of my markers', null);

export interface MarkerLook {
  owner: string;
  author: string;
  colour: string;
}

let cached: { boardId: string; owner: string } | null = null;

function anonymousOwner(boardId: string): string {
  if (cached?.boardId !== boardId) {
    cached = { boardId, owner: Markers.anonymousMarkerOwner(loadPresenceKey(), boardId) };
  }
  return cached.owner;
}

export function myMarkerLook(editor: Editor): MarkerLook {
  const boardId = markerBoardId.get();
  if (anonymousCards.get() && boardId !== null) {
    return {
      owner: anonymousOwner(boardId),
      author: '',
      colour: Markers.ANONYMOUS_MARKER_COLOUR,
    };
  }
  return {
    owner: editor.user.getId(),
    author: editor.user.getName(),
    colour: editor.user.getColor(),
  };
}
