/**
 * "Mijn borden" on the home page: the boards made here or opened here as begeleider
 * (`storage/myBoards.ts`, this browser only), the most recently active first, each to open again
 * or forget; tick two of one werkvorm to compare them (`/vergelijk`).
 */
import { findWerkvorm, type Language } from '@werkbord/shared';
import { useId, useState } from 'react';
import { useLocalized, useT } from '../i18n/useT';
import { useUiStore } from '../state/uiStore';
import { forgetMyBoard, listMyBoards, type MyBoard } from '../storage/myBoards';
import { compareHref } from '../compare/compareLink';
import '../styles/myBoards.css';

/** Shown at first; the rest one click away, so the form below stays in reach. */
const FIRST_SHOWN = 5;

/** "3 dec. 14:05", with the year when it is not this year's. */
function shortMoment(ms: number, language: Language): string {
  const thisYear = new Date(ms).getFullYear() === new Date().getFullYear();
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    ...(thisYear ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(ms);
}

export function MyBoards() {
  const t = useT();
  const localized = useLocalized();
  const language = useUiStore((state) => state.language);
  const headingId = useId();
  const [boards, setBoards] = useState(listMyBoards);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [showAll, setShowAll] = useState(false);
  if (boards.length === 0) return null;

  const chosenBoards = boards.filter((board) => chosen.includes(board.boardId));
  const werkvorm = chosenBoards[0]?.werkvorm;
  const toggle = (board: MyBoard, on: boolean) =>
    setChosen((ids) => (on ? [...ids, board.boardId] : ids.filter((id) => id !== board.boardId)));
  const forget = (board: MyBoard) => {
    forgetMyBoard(board.boardId);
    setBoards(listMyBoards());
    setChosen((ids) => ids.filter((id) => id !== board.boardId));
  };
  const ready = chosenBoards.length === 2;
  const werkvormName = (id: string) => {
    const name = findWerkvorm(id)?.name;
    return name ? localized(name) : id;
  };

  return (
    <section className="card my-boards" aria-labelledby={headingId} data-testid="my-boards">
      <h2 className="card__title" id={headingId}>
        {t('myBoards.heading')}
      </h2>
      <p className="card__intro">{t('myBoards.intro')}</p>
      <ul className="my-boards__list">
        {(showAll ? boards : boards.slice(0, FIRST_SHOWN)).map((board) => {
          const isChosen = chosen.includes(board.boardId);
          // Two of one werkvorm: once one is ticked, only boards of its werkvorm can join it.
          const canChoose =
            isChosen || (!ready && (werkvorm === undefined || werkvorm === board.werkvorm));
          return (
            <li key={board.boardId} className="my-board" data-testid="my-board">
              <input
                type="checkbox"
                className="my-board__choose"
                checked={isChosen}
                disabled={!canChoose}
                onChange={(event) => toggle(board, event.currentTarget.checked)}
                aria-label={t('myBoards.choose', { title: board.title })}
                data-testid="my-board-choose"
              />
              <div className="my-board__text">
                <a
                  className="my-board__title"
                  href={`/b/${board.boardId}?t=${encodeURIComponent(board.token)}`}
                  data-testid="my-board-open"
                >
                  {board.title}
                </a>
                <span className="my-board__meta">
                  {werkvormName(board.werkvorm)}
                  {' · '}
                  {t('myBoards.lastActivity', { time: shortMoment(board.lastActivity, language) })}
                </span>
              </div>
              <button
                type="button"
                className="button button--small my-board__forget"
                onClick={() => forget(board)}
                aria-label={t('myBoards.forgetLabel', { title: board.title })}
                data-testid="my-board-forget"
              >
                {t('myBoards.forget')}
              </button>
            </li>
          );
        })}
      </ul>
      {!showAll && boards.length > FIRST_SHOWN && (
        <button
          type="button"
          className="button button--small my-boards__more"
          onClick={() => setShowAll(true)}
          data-testid="my-boards-more"
        >
          {t('myBoards.showAll', { count: boards.length })}
        </button>
      )}
      <div className="my-boards__compare">
        <p className="my-boards__hint" aria-live="polite">
          {ready
            ? t('myBoards.compareReady')
            : werkvorm
              ? t('myBoards.compareOneMore', { werkvorm: werkvormName(werkvorm) })
              : t('myBoards.compareHint')}
        </p>
        <button
          type="button"
          className="button button--primary"
          disabled={!ready}
          onClick={() => {
            const [a, b] = chosenBoards;
            if (a && b) window.location.assign(compareHref(a.boardId, b.boardId));
          }}
          data-testid="my-boards-compare"
        >
          {t('myBoards.compare')}
        </button>
      </div>
    </section>
  );
}
