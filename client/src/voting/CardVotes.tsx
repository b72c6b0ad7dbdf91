import '../styles/voting.css';
import type { Editor } from 'tldraw';
import { useT } from '../i18n/useT';
import { CardBox } from '../components/CardOverlayLayer';
import { useVotableCards } from './useVotableCards';
import { canAddDot, canRemoveDot, visibleTotals } from './voteLogic';
import { writeMyDots } from './votingWrites';
import { useVotingStore } from './votingStore';
import { selectVoteTotals, selectVoting } from '../control/controlSelectors';
import { useControlStore } from '../control/controlStore';

/** Dots drawn one by one up to this many; more read as "●×7". */
const DOTS_DRAWN = 5;

/**
 * The dots of a voting round on the cards: on every card that can get dots, "−", this person's
 * dots and "+" under the card; on every card with dots, the total in its corner once everyone
 * may see it (the begeleider shows the count, or the round is closed). Cards `notOnBoard` (this
 * member's private ones) get none.
 */
export function CardVotes({
  editor,
  notOnBoard,
}: {
  editor: Editor;
  notOnBoard: ReadonlySet<string>;
}) {
  const voting = useControlStore(selectVoting);
  const totals = useControlStore(selectVoteTotals);
  const myVotes = useVotingStore((state) => state.myVotes);
  const votesMap = useVotingStore((state) => state.votesMap);
  const votable = useVotableCards(editor, voting, notOnBoard);
  const shownTotals = visibleTotals(voting, totals);
  if (!voting) return null;

  const votableSet = new Set(votable);
  const ids = new Set([...votable, ...Object.keys(shownTotals ?? {})]);
  return [...ids].map((id) => (
    <CardBox key={id} editor={editor} shapeId={id} className="card-votes">
      {shownTotals && (shownTotals[id] ?? 0) > 0 && <VoteTotal count={shownTotals[id] ?? 0} />}
      {votesMap && votableSet.has(id) && (
        <VoteButtons
          mine={myVotes.get(id) ?? 0}
          canAdd={canAddDot(voting, myVotes)}
          canRemove={canRemoveDot(voting, myVotes, id)}
          onChange={(count) => writeMyDots(votesMap, id, voting.id, count)}
        />
      )}
    </CardBox>
  ));
}

function VoteTotal({ count }: { count: number }) {
  const t = useT();
  return (
    <span
      className="card-overlay__screen card-votes__total"
      aria-label={t('voting.totalLabel', { count })}
      title={t('voting.totalLabel', { count })}
      data-testid="vote-total"
      data-count={count}
    >
      {count}
    </span>
  );
}

function VoteButtons({
  mine,
  canAdd,
  canRemove,
  onChange,
}: {
  mine: number;
  canAdd: boolean;
  canRemove: boolean;
  onChange: (count: number) => void;
}) {
  const t = useT();
  return (
    <span
      className="card-overlay__screen card-votes__pill"
      role="group"
      aria-label={t('voting.cardLabel', { count: mine })}
      data-testid="card-vote"
      data-mine={mine}
    >
      <button
        type="button"
        className="card-votes__button"
        aria-label={t('voting.removeLabel')}
        title={t('voting.removeLabel')}
        disabled={!canRemove}
        onClick={() => onChange(mine - 1)}
        data-testid="vote-remove"
      >
        −
      </button>
      <span
        className="card-votes__mine"
        aria-hidden="true"
        data-testid="vote-mine"
        data-count={mine}
      >
        {mine === 0 ? (
          <span className="card-votes__none" />
        ) : mine <= DOTS_DRAWN ? (
          Array.from({ length: mine }, (_, index) => (
            <span key={index} className="card-votes__dot" />
          ))
        ) : (
          <>
            <span className="card-votes__dot" />×{mine}
          </>
        )}
      </span>
      <button
        type="button"
        className="card-votes__button"
        aria-label={t('voting.addLabel')}
        title={t('voting.addLabel')}
        disabled={!canAdd}
        onClick={() => onChange(mine + 1)}
        data-testid="vote-add"
      >
        +
      </button>
    </span>
  );
}
