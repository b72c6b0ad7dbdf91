import type { BoardInfo } from '@werkbord/shared';
import { useCallback, useEffect, useState } from 'react';
import { ApiRequestError, fetchBoardInfo } from '../api/apiClient';

export type BoardInfoState =
  | { kind: 'loading' }
  | { kind: 'ready'; info: BoardInfo }
  | { kind: 'forbidden' }
  | { kind: 'notFound' }
  | { kind: 'failed'; error: unknown };

/** The board's metadata and my role, from `GET /api/boards/<id>?t=<token>`; `retry` asks again. */
export function useBoardInfo(boardId: string, token: string): [BoardInfoState, () => void] {
  const [state, setState] = useState<BoardInfoState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    fetchBoardInfo(boardId, token).then(
      (info) => !cancelled && setState({ kind: 'ready', info }),
      (error: unknown) => {
        if (cancelled) return;
        const status = error instanceof ApiRequestError ? error.status : 0;
        if (status === 401 || status === 403) setState({ kind: 'forbidden' });
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
