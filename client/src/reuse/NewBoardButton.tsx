/** The begeleider's way to "Nieuw bord van dit bord", among the board's actions. */
import { useState } from 'react';
import { useT } from '../i18n/useT';
import { NewBoardDialog } from './NewBoardDialog';

interface NewBoardButtonProps {
  boardId: string;
  token: string;
  title: string;
  werkvorm: string;
}

export function NewBoardButton(props: NewBoardButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="badge new-board-button"
        aria-haspopup="dialog"
        aria-label={t('reuse.open')}
        title={t('reuse.open')}
        onClick={() => setOpen(true)}
        data-testid="new-board-from-board"
      >
        <svg className="new-board-button__icon" viewBox="0 0 20 20" aria-hidden="true">
          <rect x="3" y="6" width="10" height="11" rx="1.5" />
          <path d="M7 6V4.5A1.5 1.5 0 0 1 8.5 3h7A1.5 1.5 0 0 1 17 4.5v7a1.5 1.5 0 0 1-1.5 1.5H13M8 11.5h0M6 11.5h4M8 9.5v4" />
        </svg>
        <span className="new-board-button__text">{t('reuse.open')}</span>
      </button>
      {open && <NewBoardDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}
