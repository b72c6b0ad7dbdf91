import '../styles/voting.css';
import { findZone } from '@werkbord/shared';
import { useLocalized, useT } from '../i18n/useT';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { DotsIcon } from '../components/sessionIcons';
import { remainingDots } from './voteLogic';
import { useVotingStore } from './votingStore';
import { selectVoting } from '../control/controlSelectors';
import { useControlStore } from '../control/controlStore';

/**
 * The bar of a voting round, for everyone: how it works, which cards count, and for each member
 * how many of their dots are left; once closed, that the result is on the cards.
 */
export function VotingBar() {
  const t = useT();
  const localized = useLocalized();
  const voting = useControlStore(selectVoting);
  const myVotes = useVotingStore((state) => state.myVotes);
  const member = useVotingStore((state) => state.votesMap !== null);
  const layout = useWerkvormStore((state) => state.layout);
  if (!voting) return null;
  const zone = voting.zoneId ? findZone(layout, voting.zoneId) : undefined;
  const remaining = remainingDots(voting, myVotes);
  const open = voting.status === 'open';
  return (
    <div
      className="notice voting-bar"
      role="status"
      data-testid="voting-bar"
      data-status={voting.status}
    >
      <span className="voting-bar__text">
        <DotsIcon />
        {open ? t('voting.heading') : t('voting.closed')}
      </span>
      {open && member && (
        <span
          className="voting-bar__remaining"
          data-testid="voting-remaining"
          data-remaining={remaining}
          data-total={voting.dotsPerPerson}
        >
          {t('voting.remaining', { count: remaining, total: voting.dotsPerPerson })}
        </span>
      )}
      {open && (
        <span className="voting-bar__detail">
          {[
            member ? t('voting.howTo') : '',
            zone ? t('voting.zoneOnly', { zone: localized(zone.label) }) : '',
            voting.countsVisible ? '' : t('voting.hiddenTotals'),
          ]
            .filter(Boolean)
            .join(' ')}
        </span>
      )}
    </div>
  );
}
