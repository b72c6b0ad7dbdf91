/**
 * "Bord verwijderen" for the begeleider: a dialog asking to type a word first, then the board and
 * everything in it (snapshots too) is deleted on the server, and everyone's connection closes.
 */
import { useId, useState, type FormEvent } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import { useT } from '../i18n/useT';
import { confirmationMatches, deleteBoard, useBoardDeletion } from './boardDeletion';
import '../styles/snapshots.css';

interface BoardDeleteProps {
  boardId: string;
  token: string;
}

export function BoardDeleteButton(props: BoardDeleteProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="badge board-delete-button"
        aria-haspopup="dialog"
        aria-label={t('boardDelete.open')}
        title={t('boardDelete.open')}
        onClick={() => setOpen(true)}
        data-testid="board-delete"
      >
        <svg className="board-delete-button__icon" viewBox="0 0 20 20" aria-hidden="true">
          <path d="M4 6h12M8 6V4h4v2M6 6l1 11h6l1-11" />
        </svg>
        <span className="board-delete-button__text">{t('boardDelete.open')}</span>
      </button>
      {open && <BoardDeleteDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}

function BoardDeleteDialog({ boardId, token, onClose }: BoardDeleteProps & { onClose(): void }) {
  const t = useT();
  const inputId = useId();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const setDeleted = useBoardDeletion((state) => state.setDeleted);
  const word = t('boardDelete.word');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirmationMatches(typed, word)) return;
    setBusy(true);
    setFailed(false);
    try {
      await deleteBoard(boardId, token);
      onClose();
      setDeleted();
    } catch (cause) {
      console.error(cause);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      className="board-delete-dialog"
      testId="board-delete-dialog"
      labelledBy={`${inputId}-title`}
      onClose={onClose}
    >
      <form onSubmit={(event) => void onSubmit(event)}>
        <h2 id={`${inputId}-title`}>{t('boardDelete.title')}</h2>
        <p>{t('boardDelete.explain')}</p>
        <label htmlFor={inputId}>{t('boardDelete.typeWord', { word })}</label>
        <input
          id={inputId}
          value={typed}
          autoComplete="off"
          autoFocus
          onChange={(event) => setTyped(event.target.value)}
          data-testid="board-delete-input"
        />
        {failed && (
          <p className="board-delete-dialog__error" role="alert">
            {t('boardDelete.failed')}
          </p>
        )}
        <div className="board-delete-dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('boardDelete.cancel')}
          </button>
          <button
            type="submit"
            className="button board-delete-dialog__confirm"
            disabled={busy || !confirmationMatches(typed, word)}
            data-testid="board-delete-confirm"
          >
            {t('boardDelete.confirm')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** Shown instead of the board once it is deleted (here, or by the begeleider elsewhere). */
export function BoardDeletedPage() {
  const t = useT();
  return (
    <main className="board-deleted" data-testid="board-deleted">
      <h1>{t('boardDelete.deletedTitle')}</h1>
      <p>{t('boardDelete.deletedText')}</p>
      <a className="button button--primary" href="/">
        {t('boardDelete.home')}
      </a>
    </main>
  );
}
