import { Role } from '@werkbord/shared';
import { ModalFormDialog } from '../components/ModalFormDialog';
import { useId, useState, type FormEvent } from 'react';
import { useLocalized, useT } from '../i18n/useT';
import type { Participant } from '../sync/participants';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { CHECK_IN_QUESTIONS } from './checkInQuestions';
import { useFacilitationStore } from './facilitationStore';
import { newRoundId, roundOrder, startingWith, startRound } from './roundLogic';
import { writeRound } from './sessionWrites';
import { useControlStore } from '../control/controlStore';
import { selectControlDoc } from '../control/controlSelectors';

const NO_QUESTION = 'none';
const OWN_QUESTION = 'own';
const QUESTION_MAX_LENGTH = 200;

/**
 * The begeleider starts a rondje: everyone present (not the meekijkers) in the order of the
 * participant list or shuffled, starting with whoever the begeleider picks, with a check-in
 * question from the list, a typed one, or none.
 */
export function RoundSetupDialog({ participants }: { participants: readonly Participant[] }) {
  const open = useFacilitationStore((state) => state.roundSetupOpen);
  const role = useWerkvormStore((state) => state.role);
  if (!open || role !== Role.Facilitator) return null;
  return <RoundSetupContent participants={participants} />;
}

function RoundSetupContent({ participants }: { participants: readonly Participant[] }) {
  const t = useT();
  const localized = useLocalized();
  const controlDoc = useControlStore(selectControlDoc);
  const setOpen = useFacilitationStore((state) => state.setRoundSetupOpen);
  const [shuffle, setShuffle] = useState(false);
  const [choice, setChoice] = useState('0');
  const [ownQuestion, setOwnQuestion] = useState('');
  const [starter, setStarter] = useState('');
  const selectId = useId();
  const ownId = useId();
  const starterId = useId();
  const order = roundOrder(participants);
  // Someone who left since keeps no place at the front: the first of the list starts then.
  const preview = startingWith(order, starter);
  const close = () => setOpen(false);

  const question =
    choice === NO_QUESTION
      ? ''
      : choice === OWN_QUESTION
        ? ownQuestion
        : localized(CHECK_IN_QUESTIONS[Number(choice)] ?? { nl: '', en: '' });

  function start(event: FormEvent) {
    event.preventDefault();
    if (!controlDoc || order.length === 0) return;
    writeRound(
      controlDoc,
      startRound({
        id: newRoundId(),
        order,
        question,
        shuffle,
        random: Math.random,
        starter: preview[0]?.userId,
      }),
    );
    close();
  }

  return (
    <ModalFormDialog
      className="round-setup"
      testId="round-setup-dialog"
      title={t('facilitation.round.dialogTitle')}
      closeLabel={t('facilitation.round.cancel')}
      onClose={close}
      onSubmit={start}
    >
      <div className="settings-dialog__body">
        <p className="dialog__body">{t('facilitation.round.dialogIntro')}</p>
        <label className="field" htmlFor={selectId}>
          <span className="field__label">{t('facilitation.round.question')}</span>
          <select
            id={selectId}
            className="field__input"
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
            data-testid="round-question-choice"
          >
            {CHECK_IN_QUESTIONS.map((q, index) => (
              <option key={q.nl} value={String(index)}>
                {localized(q)}
              </option>
            ))}
            <option value={OWN_QUESTION}>{t('facilitation.round.ownQuestion')}</option>
            <option value={NO_QUESTION}>{t('facilitation.round.noQuestion')}</option>
          </select>
        </label>
        {choice === OWN_QUESTION && (
          <label className="field" htmlFor={ownId}>
            <span className="field__label">{t('facilitation.round.ownQuestionLabel')}</span>
            <input
              id={ownId}
              className="field__input"
              type="text"
              value={ownQuestion}
              maxLength={QUESTION_MAX_LENGTH}
              placeholder={t('facilitation.round.ownQuestionPlaceholder')}
              autoFocus
              onChange={(event) => setOwnQuestion(event.target.value)}
              data-testid="round-question-own"
            />
          </label>
        )}
        <fieldset className="round-setup__order">
          <legend className="field__label">
            {t('facilitation.round.order', { count: order.length })}
          </legend>
          {order.length === 0 ? (
            <p className="dialog__body">{t('facilitation.round.nobody')}</p>
          ) : (
            <>
              <label className="field round-setup__starter" htmlFor={starterId}>
                <span className="field__label">{t('facilitation.round.starter')}</span>
                <select
                  id={starterId}
                  className="field__input"
                  value={preview[0]?.userId ?? ''}
                  onChange={(event) => setStarter(event.target.value)}
                  data-testid="round-starter"
                >
                  {order.map((speaker) => (
                    <option key={speaker.userId} value={speaker.userId}>
                      {speaker.name}
                    </option>
                  ))}
                </select>
              </label>
              <ol className="round-setup__people" data-testid="round-setup-order">
                {(shuffle ? preview.slice(0, 1) : preview).map((speaker) => (
                  <li key={speaker.userId}>{speaker.name}</li>
                ))}
                {shuffle && preview.length > 1 && (
                  <li className="round-setup__rest">
                    {t.plural('facilitation.round.restShuffled', preview.length - 1)}
                  </li>
                )}
              </ol>
            </>
          )}
          <label className="round-setup__shuffle">
            <input
              type="checkbox"
              checked={shuffle}
              onChange={(event) => setShuffle(event.target.checked)}
              data-testid="round-shuffle"
            />
            {t('facilitation.round.shuffle')}
          </label>
        </fieldset>
      </div>
      <div className="settings-dialog__footer">
        <button type="button" className="button" onClick={close} data-testid="round-cancel">
          {t('facilitation.round.cancel')}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={!controlDoc || order.length === 0}
          data-testid="round-start"
        >
          {t('facilitation.round.start')}
        </button>
      </div>
    </ModalFormDialog>
  );
}
