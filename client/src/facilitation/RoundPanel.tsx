import { useState } from 'react';
import { useT } from '../i18n/useT';
import { useUiStore } from '../state/uiStore';
import { keepKeysFromCanvas } from '../components/keepKeysFromCanvas';
import { questionIn } from './checkInQuestions';
import { RoundIcon } from '../components/icons';
import { advanceRound, isRoundDone, speakers } from './roundLogic';
import { writeRound } from './sessionWrites';
import { passCurrentTurn, useIsFacilitator, usePassPending, useSelfUserId } from './useRoundRole';
import { useControlStore } from '../control/controlStore';
import { selectControlDoc, selectRound } from '../control/controlSelectors';

/**
 * The rondje for everyone: the question, who speaks now (large, for the projector), who is next,
 * and the order with who passed. The speaker can pass; the begeleider moves on, passes for
 * someone, or stops. A bar under the steps, so it never covers the board.
 */
export function RoundPanel() {
  const t = useT();
  const language = useUiStore((state) => state.language);
  const round = useControlStore(selectRound);
  const controlDoc = useControlStore(selectControlDoc);
  const facilitator = useIsFacilitator();
  const self = useSelfUserId();
  const pending = usePassPending(round);
  // Re-render after sending a pass, so the button shows it is on its way.
  const [, setSent] = useState(0);
  if (!round) return null;

  const { now, next } = speakers(round);
  const done = isRoundDone(round);
  const myTurn = now?.userId === self;
  const position = {
    index: Math.min(round.current + 1, round.order.length),
    count: round.order.length,
  };
  const question = round.question ? questionIn(round.question, language) : '';

  return (
    <section
      className="round-panel"
      aria-labelledby="round-panel-heading"
      data-testid="round-panel"
      data-done={done}
      data-my-turn={myTurn}
      {...keepKeysFromCanvas}
    >
      <div className="round-panel__main">
        <h2 id="round-panel-heading" className="round-panel__heading">
          <RoundIcon />
          <span>{t('facilitation.round.heading')}</span>
          {!done && (
            <span className="round-panel__progress">
              {t('facilitation.round.progress', position)}
            </span>
          )}
        </h2>
        {question && (
          <p className="round-panel__question" data-testid="round-question">
            {question}
          </p>
        )}
        <div className="round-panel__turns" aria-live="polite">
          {done || !now ? (
            <p className="round-panel__done">{t('facilitation.round.done')}</p>
          ) : (
            <>
              <p className="round-panel__now">
                <span className="round-panel__label">
                  {myTurn ? t('facilitation.round.yourTurn') : t('facilitation.round.now')}
                </span>
                <strong
                  className="round-panel__speaker"
                  data-testid="round-current"
                  data-user-id={now.userId}
                >
                  {now.name}
                  {myTurn && ` (${t('facilitation.round.you')})`}
                </strong>
              </p>
              <p className="round-panel__next">
                <span className="round-panel__label">{t('facilitation.round.nextUp')}</span>{' '}
                <span data-testid="round-next-speaker">
                  {next ? next.name : t('facilitation.round.last')}
                </span>
              </p>
            </>
          )}
        </div>
      </div>
      <ol className="round-panel__order" aria-label={t('facilitation.round.orderLabel')}>
        {round.order.map((speaker, index) => (
          <li
            key={`${speaker.userId}-${index}`}
            className="round-panel__person"
            data-state={
              index === round.current ? 'now' : index < round.current ? 'done' : 'waiting'
            }
            data-passed={round.passed.includes(speaker.userId)}
          >
            {speaker.name}
            {round.passed.includes(speaker.userId) && (
              <span className="round-panel__passed"> · {t('facilitation.participant.passed')}</span>
            )}
          </li>
        ))}
      </ol>
      <div className="round-panel__actions">
        {now && (myTurn || facilitator) && (
          <button
            type="button"
            className="button button--small"
            disabled={pending || (facilitator && !controlDoc)}
            onClick={() => {
              passCurrentTurn(round, facilitator);
              setSent((n) => n + 1);
            }}
            data-testid="round-pass"
          >
            {pending
              ? t('facilitation.round.passSent')
              : myTurn
                ? t('facilitation.round.pass')
                : t('facilitation.round.passFor', { name: now.name })}
          </button>
        )}
        {facilitator && now && (
          <button
            type="button"
            className="button button--small button--primary"
            aria-label={
              next
                ? t('facilitation.round.nextLabel', { name: next.name })
                : t('facilitation.round.next')
            }
            disabled={!controlDoc}
            onClick={() => controlDoc && writeRound(controlDoc, advanceRound(round))}
            data-testid="round-next"
          >
            {t('facilitation.round.next')}
          </button>
        )}
        {facilitator && (
          <button
            type="button"
            className="button button--small"
            disabled={!controlDoc}
            onClick={() => controlDoc && writeRound(controlDoc, null)}
            data-testid="round-stop"
          >
            {done ? t('facilitation.round.close') : t('facilitation.round.stop')}
          </button>
        )}
      </div>
    </section>
  );
}
