import '../styles/anonymous.css';
import { selectAnonymous } from '../control/controlSelectors';
import { useControlStore } from '../control/controlStore';
import { useT } from '../i18n/useT';

/** In the header while the board is written anonymously, so everyone knows no card names them. */
export function AnonymousBadge() {
  const t = useT();
  const anonymous = useControlStore(selectAnonymous);
  if (!anonymous) return null;
  return (
    <span
      className="badge anonymous-badge"
      role="img"
      aria-label={t('anonymous.badgeLabel')}
      title={t('anonymous.badgeLabel')}
      data-testid="anonymous-badge"
    >
      <svg className="anonymous-badge__icon" viewBox="0 0 20 20" aria-hidden="true">
        <path d="M2.5 7.5c2.5-1.5 5-1.5 7.5 0 2.5-1.5 5-1.5 7.5 0-.3 4-2.2 6-4.5 6-1.4 0-2.4-.9-3-2-.6 1.1-1.6 2-3 2-2.3 0-4.2-2-4.5-6z" />
        <path d="M6 9.5h1.5M12.5 9.5H14" />
      </svg>
      <span className="anonymous-badge__text" aria-hidden="true">
        {t('anonymous.badge')}
      </span>
    </span>
  );
}
