import { ApiErrorCode, normalizeJoinCode } from '@werkbord/shared';
import { useId, useState, type FormEvent } from 'react';
import { ApiRequestError, joinWithCode } from '../api/apiClient';
import { useApiErrorMessage } from '../api/useApiErrorMessage';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useT } from '../i18n/useT';
import '../styles/home.css';

/**
 * `/mee`: whoever cannot scan the begeleider's QR code types the code shown beside it; the server
 * answers with the deelnemer link, and the page goes there (the board asks the name). The code
 * goes to the server in a request body, never in an address.
 */
export function JoinPage() {
  const t = useT();
  const describeError = useApiErrorMessage();
  const inputId = useId();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (normalizeJoinCode(typed) === null) return setError(t('join.page.incomplete'));
    setBusy(true);
    setError(null);
    try {
      const { link } = await joinWithCode(typed);
      window.location.replace(link);
    } catch (caught) {
      setBusy(false);
      const unknown = caught instanceof ApiRequestError && caught.code === ApiErrorCode.NotFound;
      setError(unknown ? t('join.page.unknown') : describeError(caught));
    }
  }

  return (
    <div className="home">
      <header className="home__header">
        <div className="brand">
          <img className="brand__logo" src="/favicon.svg" alt="" width="32" height="32" />
          <span className="brand__name">{t('app.name')}</span>
        </div>
        <LanguageSwitch />
      </header>
      <main className="home__main">
        <form className="card join-page" onSubmit={submit} noValidate data-testid="join-page">
          <h1 className="card__title">{t('join.page.title')}</h1>
          <p className="card__intro">{t('join.page.intro')}</p>
          <label className="field" htmlFor={inputId}>
            <span className="field__label">{t('join.page.label')}</span>
            <input
              id={inputId}
              className="field__input join-page__code"
              type="text"
              value={typed}
              autoComplete="off"
              autoCapitalize="characters"
              autoCorrect="off"
              spellCheck={false}
              enterKeyHint="go"
              maxLength={24}
              placeholder={t('join.page.placeholder')}
              aria-invalid={error !== null}
              aria-describedby={error ? `${inputId}-error` : undefined}
              onChange={(event) => {
                setTyped(event.target.value);
                setError(null);
              }}
              data-testid="join-code-input"
            />
          </label>
          {error && (
            <p
              id={`${inputId}-error`}
              className="form-error"
              role="alert"
              data-testid="join-page-error"
            >
              {error}
            </p>
          )}
          <button
            type="submit"
            className="button button--primary button--large"
            disabled={busy}
            data-testid="join-submit"
          >
            {busy ? t('join.page.busy') : t('join.page.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
