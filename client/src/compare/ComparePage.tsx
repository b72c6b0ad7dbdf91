/**
 * `/vergelijk?a=<boardId>&b=<boardId>`: two boards of one werkvorm side by side. The address
 * names the boards only; their begeleider tokens come from this browser's "Mijn borden", and go
 * to the server in the request's body (`POST /api/compare`). A board not in the list here cannot
 * be compared here: the page says how to add it.
 */
import { type CompareBoardsResponse } from '@werkbord/shared';
import { useEffect, useState } from 'react';
import { compareBoards } from '../api/apiClient';
import { useApiErrorMessage } from '../api/useApiErrorMessage';
import { ErrorPanel } from '../components/ErrorPanel';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useT } from '../i18n/useT';
import { findMyBoard, type MyBoard } from '../storage/myBoards';
import { readCompareQuery } from './compareLink';
import { CompareView } from './CompareView';
import '../styles/home.css';
import '../styles/compare.css';

type CompareState =
  | { kind: 'loading' }
  | { kind: 'invalid' }
  | { kind: 'missing' }
  | { kind: 'ready'; answer: CompareBoardsResponse; mine: [MyBoard, MyBoard] }
  | { kind: 'failed'; error: unknown };

/** The two boards the address names, from "Mijn borden", or why there are none to compare. */
function boardsToCompare(): [MyBoard, MyBoard] | { kind: 'invalid' } | { kind: 'missing' } {
  const pair = readCompareQuery(window.location.search);
  if (!pair) return { kind: 'invalid' };
  const [a, b] = pair.map(findMyBoard);
  return a && b ? [a, b] : { kind: 'missing' };
}

export default function ComparePage() {
  const t = useT();
  const describeError = useApiErrorMessage();
  const [mine] = useState(boardsToCompare);
  const [state, setState] = useState<CompareState>(
    Array.isArray(mine) ? { kind: 'loading' } : mine,
  );

  useEffect(() => {
    if (!Array.isArray(mine)) return;
    const [a, b] = mine;
    let current = true;
    compareBoards({
      boards: [
        { boardId: a.boardId, token: a.token },
        { boardId: b.boardId, token: b.token },
      ],
    }).then(
      (answer) => current && setState({ kind: 'ready', answer, mine }),
      (error: unknown) => current && setState({ kind: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [mine]);

  return (
    <div className="compare-page">
      <header className="home__header">
        <a className="brand" href="/">
          <img className="brand__logo" src="/favicon.svg" alt="" width="32" height="32" />
          <span className="brand__name">{t('app.name')}</span>
        </a>
        <LanguageSwitch />
      </header>
      {state.kind === 'ready' ? (
        <CompareView answer={state.answer} mine={state.mine} />
      ) : state.kind === 'loading' ? (
        <p className="page-message" role="status" data-testid="compare-loading">
          {t('compare.loading')}
        </p>
      ) : (
        <main className="page-centered">
          <ErrorPanel
            title={t('compare.error.title')}
            message={
              state.kind === 'failed'
                ? describeError(state.error)
                : t(state.kind === 'missing' ? 'compare.error.missing' : 'compare.error.invalid')
            }
            showHome
          />
        </main>
      )}
    </div>
  );
}
