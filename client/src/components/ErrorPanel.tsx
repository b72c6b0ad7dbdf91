import { useT } from '../i18n/useT';

interface ErrorPanelProps {
  title: string;
  message: string;
  /** Shows a retry button when given. */
  onRetry?: () => void;
  showHome?: boolean;
}

/** A clear stop: what went wrong, in words a participant can act on, and what to do next. */
export function ErrorPanel({ title, message, onRetry, showHome }: ErrorPanelProps) {
  const t = useT();
  return (
    <section className="error-panel" role="alert" data-testid="error-panel">
      <h1 className="error-panel__title">{title}</h1>
      <p className="error-panel__message" data-testid="error-message">
        {message}
      </p>
      <div className="error-panel__actions">
        {onRetry && (
          <button
            type="button"
            className="button button--primary"
            onClick={onRetry}
            data-testid="retry"
          >
            {t('error.retry')}
          </button>
        )}
        {showHome && (
          <a className="button" href="/" data-testid="go-home">
            {t('error.home')}
          </a>
        )}
      </div>
    </section>
  );
}
