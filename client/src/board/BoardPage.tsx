import { useEffect } from 'react';
import { ErrorPanel } from '../components/ErrorPanel';
import { useApiErrorMessage } from '../api/useApiErrorMessage';
import { useT } from '../i18n/useT';
import { forgetBoard } from '../offline/forgetBoard';
import { BoardDeletedPage } from '../snapshots/BoardDelete';
import { useBoardDeletion } from '../snapshots/boardDeletion';
import { BoardView } from './BoardView';
import { useBoardInfo } from './useBoardInfo';
import 'tldraw/tldraw.css';
import '../styles/board.css';
import '../styles/boardPanels.css';
import '../styles/panels.css';
import '../styles/cards.css';

interface BoardPageProps {
  boardId: string;
  token: string | null;
}

/**
 * `/b/<boardId>?t=<token>`: checks the link with the server, then opens the board. A board that
 * is gone (deleted here or elsewhere, or unknown to the server) is forgotten by this browser,
 * once its rooms are closed.
 */
export default function BoardPage({ boardId, token }: BoardPageProps) {
  const t = useT();
  if (!token) {
    return (
      <main className="page-centered">
        <ErrorPanel title={t('board.error.title')} message={t('board.error.noToken')} showHome />
      </main>
    );
  }
  return <CheckedBoard boardId={boardId} token={token} />;
}

function CheckedBoard({ boardId, token }: { boardId: string; token: string }) {
  const t = useT();
  const describeError = useApiErrorMessage();
  const [state, retry] = useBoardInfo(boardId, token);
  const deleted = useBoardDeletion((deletion) => deletion.deleted);
  const gone = deleted || state.kind === 'notFound';
  // An effect of this parent runs after the board view's own clean-up closed the rooms.
  useEffect(() => {
    if (gone) void forgetBoard(boardId);
  }, [gone, boardId]);
  if (deleted) return <BoardDeletedPage />;
  switch (state.kind) {
    case 'loading':
      return (
        <p className="page-message" role="status" data-testid="board-loading">
          {t('board.loading')}
        </p>
      );
    case 'ready':
      return <BoardView info={state.info} token={token} />;
    case 'forbidden':
    case 'notFound':
      return (
        <main className="page-centered">
          <ErrorPanel
            title={t('board.error.title')}
            message={t(
              state.kind === 'forbidden' ? 'board.error.forbidden' : 'board.error.notFound',
            )}
            showHome
          />
        </main>
      );
    case 'failed':
      return (
        <main className="page-centered">
          <ErrorPanel
            title={t('board.error.title')}
            message={describeError(state.error)}
            onRetry={retry}
          />
        </main>
      );
  }
}
