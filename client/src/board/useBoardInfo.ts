import type { BoardInfo } from '@werkbord/shared';
import { useCallback, useEffect, useState } from 'react';
import { ApiRequestError, fetchBoardInfo } from '../api/apiClient';
import { recallBoardInfo, rememberBoardInfo } from '../offline/rememberedBoardInfo';

export type BoardInfoState =
  | { kind: 'loading' }
  | { kind: 'ready'; info: BoardInfo }
  | { kind: 'forbidden' }
  | { kind: 'notFound' }
  | { kind: 'failed'; error: unknown };

/**
 * The board's metadata and my role, from `GET /api/boards/<id>?t=<token>`; `retry` asks again.
 * Offline (or while the server is away), the info this browser remembered for this link, so the
 * board still opens.
 */
export function useBoardInfo(boardId: string, token: string): [BoardInfoState, () => void] {
  const [state, setState] = useState<BoardInfoState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    fetchBoardInfo(boardId, token).then(
      (info) => {
        rememberBoardInfo(token, info);
        if (!cancelled) setState({ kind: 'ready', info });
      },
      (error: unknown) => {
        if (cancelled) return;
        const status = error instanceof ApiRequestError ? error.status : 0;
        // No network, or no server behind the proxy: what this browser remembered, if anything.
        const remembered = status === 0 || status >= 500 ? recallBoardInfo(boardId, token) : null;
        if (remembered) setState({ kind: 'ready', info: remembered });
        else if (status === 401 || status === 403) setState({ kind: 'forbidden' });
        else if (status === 404) setState({ kind: 'notFound' });
        else setState({ kind: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [boardId, token, attempt]);

  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return [state, retry];
}
