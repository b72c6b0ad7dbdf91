import { useT } from '../i18n/useT';
import { useUiStore } from '../state/uiStore';

export const PARTICIPANTS_PANEL_ID = 'participants-panel';

/** "3 aanwezig": opens and closes the participant list. */
export function ParticipantsButton({ count }: { count: number }) {
  const t = useT();
  const open = useUiStore((state) => state.participantsOpen);
  const setOpen = useUiStore((state) => state.setParticipantsOpen);
  return (
    <button
      type="button"
      className="badge participants-button"
      aria-expanded={open}
      aria-controls={PARTICIPANTS_PANEL_ID}
      aria-label={`${t('participants.toggle')} ${t('participants.count', { count })}`}
      data-testid="participants-toggle"
      data-count={count}
      onClick={() => setOpen(!open)}
    >
      <svg className="participants-button__icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="7" cy="7" r="3" />
        <circle cx="14" cy="8" r="2.5" />
        <path d="M1.5 17c0-3.3 2.5-5.5 5.5-5.5s5.5 2.2 5.5 5.5z" />
        <path d="M13 17c0-2-.6-3.6-1.7-4.7.8-.5 1.7-.8 2.7-.8 2.6 0 4.5 2 4.5 5.5z" />
      </svg>
      <span>{t('participants.count', { count })}</span>
    </button>
  );
}
