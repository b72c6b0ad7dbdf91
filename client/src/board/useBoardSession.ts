import { CloseCode, type BoardInfo } from '@werkbord/shared';
import { useEffect, useState } from 'react';
import type { Signal, TLUser } from 'tldraw';
import { privateSessionParts } from '../private/privateSessionParts';
import { markerBoardId } from '../shapes/markering/markerIdentity';
import { useBoardDeletion } from '../snapshots/boardDeletion';
import { useUiStore } from '../state/uiStore';
import { BoardSession } from '../sync/BoardSession';
import { INITIAL_CONNECTION } from '../state/connectionState';
import { BINDING_UTILS, SHAPE_UTILS } from '../shapes/boardShapes';

const BOARD_GONE: ReadonlySet<number> = new Set([CloseCode.BoardDeleted, CloseCode.NotFound]);

/**
 * Opens the board's rooms for as long as the component is mounted and mirrors the content
 * room's connection state and my agreed colour into the UI store. Returns the session once the
 * store holds the board. A close that says the board is gone (deleted, or unknown to the server
 * after this browser opened it from its own copy) marks it deleted.
 */
export function useBoardSession(
  info: BoardInfo,
  token: string,
  $user: Signal<TLUser | null>,
): BoardSession | null {
  const [ready, setReady] = useState<BoardSession | null>(null);

  useEffect(() => {
    const { setConnection, setColour, identity } = useUiStore.getState();
    markerBoardId.set(info.boardId);
    const session = new BoardSession({
      boardId: info.boardId,
      token,
      role: info.role,
      userId: identity.id,
      $user,
      shapeUtils: SHAPE_UTILS,
      bindingUtils: BINDING_UTILS,
      // Privé schrijven plugs in here: the member's private room and where their cards go.
      ...privateSessionParts(info.boardId),
    });
    setConnection(session.content.getState());
    setColour(session.colour.colour);
    const unsubscribeConnection = session.content.subscribe((connection) => {
      setConnection(connection);
      if (BOARD_GONE.has(connection.closeCode ?? 0)) useBoardDeletion.getState().setDeleted();
    });
    const unsubscribeColour = session.colour.subscribe(setColour);
    let live = true;
    void session.ready.then(() => {
      if (live) setReady(session);
    });
    return () => {
      live = false;
      unsubscribeConnection();
      unsubscribeColour();
      session.destroy();
      setConnection(INITIAL_CONNECTION);
      markerBoardId.set(null);
    };
  }, [info.boardId, info.role, token, $user]);

  return ready;
}
