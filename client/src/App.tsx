import { lazy, Suspense } from 'react';
import { ErrorPanel } from './components/ErrorPanel';
import { HomePage } from './home/HomePage';
import { JoinPage } from './home/JoinPage';
import { useT } from './i18n/useT';
import { parseRoute } from './route';

// tldraw is large; the home page should not wait for it.
const BoardPage = lazy(() => import('./board/BoardPage'));
const ComparePage = lazy(() => import('./compare/ComparePage'));

export function App() {
  const t = useT();
  const route = parseRoute(window.location);
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'join':
      return <JoinPage />;
    case 'board':
      return (
        <Suspense fallback={<p className="page-message">{t('board.loading')}</p>}>
          <BoardPage boardId={route.boardId} token={route.token} />
        </Suspense>
      );
    case 'compare':
      return (
        <Suspense fallback={<p className="page-message">{t('compare.loading')}</p>}>
          <ComparePage />
        </Suspense>
      );
    case 'notFound':
      return (
        <main className="page-centered">
          <ErrorPanel title={t('notFound.title')} message={t('notFound.body')} showHome />
        </main>
      );
  }
}
