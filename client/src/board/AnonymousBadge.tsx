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
        <circle cx="10" cy="6.5" r="3" />
        <path d="M4 17c.6-3.3 3-5 6-5s5.4 1.7 6 5M3.5 3.5l13 13" />
      </svg>
      <span className="anonymous-badge__text" aria-hidden="true">
        {t('anonymous.badge')}
      </span>
    </span>
  );
}
