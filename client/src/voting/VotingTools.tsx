import { useT } from '../i18n/useT';
import { DotsIcon, StopIcon } from '../components/sessionIcons';
import { closeVoting, writeVoting } from './votingWrites';
import { useVotingStore } from './votingStore';
import { useControlStore } from '../control/controlStore';
import { selectControlDoc, selectVoting } from '../control/controlSelectors';

/**
 * The begeleider's voting buttons: "Stemmen" opens the dialog for a new round; while a round is
 * open, "Stemronde sluiten" makes its result final; a closed round can be taken off the board.
 */
export function VotingTools() {
  const t = useT();
  const controlDoc = useControlStore(selectControlDoc);
  const voting = useControlStore(selectVoting);
  const setDialogOpen = useVotingStore((state) => state.setDialogOpen);

  if (voting?.status === 'open') {
    return (
      <button
        type="button"
        className="button button--small facilitation-button voting-button--open"
        aria-label={t('voting.closeLabel')}
        disabled={!controlDoc}
        onClick={() => controlDoc && closeVoting(controlDoc, voting)}
        data-testid="voting-close"
      >
        <StopIcon />
        <span className="facilitation-button__text facilitation-button__text--always">
          {t('voting.close')}
        </span>
      </button>
    );
  }
  return (
    <>
      <button
        type="button"
        className="button button--small facilitation-button"
        aria-label={t('voting.openLabel')}
        aria-haspopup="dialog"
        disabled={!controlDoc}
        onClick={() => setDialogOpen(true)}
        data-testid="voting-open"
      >
        <DotsIcon />
        <span className="facilitation-button__text">{t('voting.open')}</span>
      </button>
      {voting && (
        <button
          type="button"
          className="button button--small facilitation-button"
          aria-label={t('voting.clearLabel')}
          disabled={!controlDoc}
          onClick={() => controlDoc && writeVoting(controlDoc, null)}
          data-testid="voting-clear"
        >
          <span className="facilitation-button__text facilitation-button__text--always">
            {t('voting.clear')}
          </span>
        </button>
      )}
    </>
  );
}
