import '../styles/presentation.css';
import { useT } from '../i18n/useT';
import { stopPresenting } from './presentationMode';

/** While presenting: the one small way back, in a corner, faint until pointed at (also Escape). */
export function PresentationExit() {
  const t = useT();
  return (
    <button
      type="button"
      className="presentation-exit"
      aria-label={t('presentation.stopLabel')}
      aria-keyshortcuts="Escape"
      title={`${t('presentation.stopLabel')} (Esc)`}
      onClick={stopPresenting}
      data-testid="presentation-exit"
    >
      <span aria-hidden="true">×</span>
      <span className="presentation-exit__text">{t('presentation.stop')}</span>
    </button>
  );
}
