import {
  ApiErrorCode,
  findWerkvorm,
  TITLE_MAX_LENGTH,
  WERKVORMEN,
  type CreateBoardResponse,
  type SettingsError,
} from '@werkbord/shared';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiRequestError, createBoard } from '../api/apiClient';
import { useApiErrorMessage } from '../api/useApiErrorMessage';
import { AnonymousSwitch } from '../components/AnonymousSwitch';
import { useLocalized, useT } from '../i18n/useT';
import { rememberMadeBoard } from '../storage/myBoards';
import { SettingsForm } from '../werkvorm/settingsForm/SettingsForm';
import { WerkvormPicker } from './WerkvormPicker';

interface CreateBoardFormProps {
  onCreated(board: CreateBoardResponse): void;
}

/**
 * The registry's first werkvorm (`shared/src/werkvormen/registry.ts` puts a real werkvorm first:
 * the blank board is the exception, not what most sessions need).
 */
const INITIAL_WERKVORM = WERKVORMEN[0]?.id ?? '';

/** Every werkvorm's defaults, so switching back and forth keeps what was typed for each. */
function initialSettings(): Record<string, unknown> {
  return Object.fromEntries(WERKVORMEN.map((w) => [w.id, w.settings.defaults()]));
}

export function CreateBoardForm({ onCreated }: CreateBoardFormProps) {
  const t = useT();
  const localized = useLocalized();
  const describeError = useApiErrorMessage();
  const titleId = useId();
  const settingsId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState('');
  const [werkvormId, setWerkvormId] = useState(INITIAL_WERKVORM);
  const [settingsById, setSettingsById] = useState(initialSettings);
  /** The server's refusal of the settings, until they change. */
  const [refused, setRefused] = useState<readonly SettingsError[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [anonymous, setAnonymous] = useState(false);

  const werkvorm = findWerkvorm(werkvormId) ?? WERKVORMEN[0];
  const settings = settingsById[werkvormId];
  const validation = useMemo(() => werkvorm?.settings.validate(settings), [werkvorm, settings]);
  const settingsErrors = validation && !validation.ok ? validation.errors : refused;

  function changeSettings(next: unknown) {
    setSettingsById((all) => ({ ...all, [werkvormId]: next }));
    setRefused([]);
    setError(null);
  }

  function chooseWerkvorm(id: string) {
    setWerkvormId(id);
    setRefused([]);
    setError(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed.length === 0) return setError(t('home.form.titleRequired'));
    if (trimmed.length > TITLE_MAX_LENGTH) {
      return setError(t('home.form.titleTooLong', { max: TITLE_MAX_LENGTH }));
    }
    if (!validation?.ok) {
      formRef.current?.querySelector<HTMLElement>('.settings-form [aria-invalid="true"]')?.focus();
      return setError(t('home.form.settingsInvalid'));
    }
    setBusy(true);
    setError(null);
    try {
      const made = await createBoard({
        title: trimmed,
        werkvorm: werkvormId,
        settings: validation.value,
        ...(anonymous ? { anonymous } : {}),
      });
      rememberMadeBoard(made, { title: trimmed, werkvorm: werkvormId });
      onCreated(made);
    } catch (caught) {
      if (caught instanceof ApiRequestError && caught.code === ApiErrorCode.InvalidSettings) {
        setRefused(caught.fields);
      }
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      ref={formRef}
      className="card create-board"
      onSubmit={submit}
      noValidate
      data-testid="create-board-form"
    >
      <h2 className="card__title">{t('home.form.heading')}</h2>
      <label className="field create-board__title" htmlFor={titleId}>
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
      <WerkvormPicker
        value={werkvormId}
        onChange={chooseWerkvorm}
        settingsFor={(id) => settingsById[id]}
      />
      {werkvorm && (
        <section
          className="create-board__settings"
          aria-labelledby={`${settingsId}-heading`}
          data-testid="create-board-settings"
        >
          <h3 className="create-board__settings-title" id={`${settingsId}-heading`}>
            {t('home.form.settings', { werkvorm: localized(werkvorm.name) })}
          </h3>
          <p className="create-board__settings-hint">{t('home.form.settingsHint')}</p>
          <SettingsForm
            key={werkvorm.id}
            werkvorm={werkvorm}
            value={settings}
            onChange={changeSettings}
            errors={settingsErrors}
            idPrefix={settingsId}
            disabled={busy}
          />
        </section>
      )}
      <AnonymousSwitch on={anonymous} onChange={setAnonymous} disabled={busy} />
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
