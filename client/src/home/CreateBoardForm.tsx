import { TITLE_MAX_LENGTH, WERKVORMEN, type CreateBoardResponse } from '@werkbord/shared';
import { useId, useState, type FormEvent } from 'react';
import { createBoard } from '../api/apiClient';
import { useApiErrorMessage } from '../api/useApiErrorMessage';
import { useT } from '../i18n/useT';
import { WerkvormPicker } from './WerkvormPicker';

interface CreateBoardFormProps {
  onCreated(board: CreateBoardResponse): void;
}

export function CreateBoardForm({ onCreated }: CreateBoardFormProps) {
  const t = useT();
  const describeError = useApiErrorMessage();
  const titleId = useId();
  const [title, setTitle] = useState('');
  const [werkvorm, setWerkvorm] = useState(WERKVORMEN[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed.length === 0) return setError(t('home.form.titleRequired'));
    if (trimmed.length > TITLE_MAX_LENGTH) {
      return setError(t('home.form.titleTooLong', { max: TITLE_MAX_LENGTH }));
    }
    setBusy(true);
    setError(null);
    try {
      onCreated(await createBoard({ title: trimmed, werkvorm }));
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="card create-board"
      onSubmit={submit}
      noValidate
      data-testid="create-board-form"
    >
      <h2 className="card__title">{t('home.form.heading')}</h2>
      <label className="field" htmlFor={titleId}>
        <span className="field__label">{t('home.form.title')}</span>
        <input
          id={titleId}
          className="field__input"
          type="text"
          value={title}
          maxLength={TITLE_MAX_LENGTH}
          placeholder={t('home.form.titlePlaceholder')}
          onChange={(event) => setTitle(event.target.value)}
          aria-invalid={error !== null && title.trim().length === 0}
          data-testid="board-title-input"
        />
      </label>
      <WerkvormPicker value={werkvorm} onChange={setWerkvorm} />
      {error && (
        <p className="form-error" role="alert" data-testid="create-board-error">
          {error}
        </p>
      )}
      <button
        type="submit"
        className="button button--primary button--large"
        disabled={busy}
        data-testid="create-board-submit"
      >
        {busy ? t('home.form.submitting') : t('home.form.submit')}
      </button>
    </form>
  );
}
