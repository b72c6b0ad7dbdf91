import { useT } from '../i18n/useT';
import { useSnapshotsStore } from './snapshotsStore';

export const SNAPSHOTS_PANEL_ID = 'snapshots-panel';

/** "Momentopnamen" in the board header: opens and closes the panel. */
export function SnapshotsButton() {
  const t = useT();
  const open = useSnapshotsStore((state) => state.open);
  const setOpen = useSnapshotsStore((state) => state.setOpen);
  return (
    <button
      type="button"
      className="badge snapshots-button"
      aria-expanded={open}
      aria-controls={SNAPSHOTS_PANEL_ID}
      aria-label={t('snapshots.toggle')}
      title={t('snapshots.toggle')}
      onClick={() => setOpen(!open)}
      data-testid="snapshots-toggle"
    >
      <svg className="snapshots-button__icon" viewBox="0 0 20 20" aria-hidden="true">
        <rect x="2.5" y="5" width="15" height="11" rx="2" />
        <circle cx="10" cy="10.5" r="3" />
        <path d="M7 5l1.2-2h3.6L13 5" />
      </svg>
      <span className="snapshots-button__text">{t('snapshots.toggle')}</span>
    </button>
  );
}
