import '../styles/voting.css';
import { ModalFormDialog } from '../components/ModalFormDialog';
import { MAX_DOTS_PER_PERSON, Role } from '@werkbord/shared';
import { useId, useState, type FormEvent } from 'react';
import { useLocalized, useT } from '../i18n/useT';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import {
  DEFAULT_DOTS_PER_PERSON,
  newVotingRound,
  parseDotsPerPerson,
  zoneChoices,
} from './voteLogic';
import { writeVoting } from './votingWrites';
import { useVotingStore } from './votingStore';
import { useControlStore } from '../control/controlStore';
import { selectControlDoc } from '../control/controlSelectors';

const ALL_CARDS = '';

/** The begeleider starts a voting round: dots per person, which cards, totals shown or not. */
export function VotingDialog() {
  const open = useVotingStore((state) => state.dialogOpen);
  const role = useWerkvormStore((state) => state.role);
  if (!open || role !== Role.Facilitator) return null;
  return <VotingDialogContent />;
}

function VotingDialogContent() {
  const t = useT();
  const localized = useLocalized();
  const controlDoc = useControlStore(selectControlDoc);
  const setOpen = useVotingStore((state) => state.setDialogOpen);
  const layout = useWerkvormStore((state) => state.layout);
  const zones = zoneChoices(layout);
  const [dotsInput, setDotsInput] = useState(String(DEFAULT_DOTS_PER_PERSON));
  const [zoneId, setZoneId] = useState(ALL_CARDS);
  const [countsVisible, setCountsVisible] = useState(true);
  const dotsId = useId();
  const dotsHintId = useId();
  const zoneSelectId = useId();
  const dots = parseDotsPerPerson(dotsInput);
  const close = () => setOpen(false);

  function start(event: FormEvent) {
    event.preventDefault();
    if (!controlDoc || dots === null) return;
    writeVoting(
      controlDoc,
      newVotingRound({ dotsPerPerson: dots, zoneId: zoneId || null, countsVisible }),
    );
    close();
  }

  return (
    <ModalFormDialog
      className="voting-dialog"
      testId="voting-dialog"
      title={t('voting.dialogTitle')}
      closeLabel={t('voting.cancel')}
      onClose={close}
      onSubmit={start}
    >
      <div className="settings-dialog__body">
        <p className="dialog__body">{t('voting.dialogIntro')}</p>
        <label className="field" htmlFor={dotsId}>
          <span className="field__label">{t('voting.dots')}</span>
          <input
            id={dotsId}
            className="field__input voting-dialog__dots"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_DOTS_PER_PERSON}
            step={1}
            value={dotsInput}
            aria-invalid={dots === null}
            aria-describedby={dotsHintId}
            onChange={(event) => setDotsInput(event.target.value)}
            data-testid="voting-dots-input"
          />
          <span id={dotsHintId} className="voting-dialog__hint">
            {t('voting.dotsHint', { max: MAX_DOTS_PER_PERSON })}
          </span>
        </label>
        <label className="field" htmlFor={zoneSelectId}>
          <span className="field__label">{t('voting.zone')}</span>
          <select
            id={zoneSelectId}
            className="field__input"
            value={zoneId}
            onChange={(event) => setZoneId(event.target.value)}
            data-testid="voting-zone-select"
          >
            <option value={ALL_CARDS}>{t('voting.zoneAll')}</option>
            {zones.map((zone) => (
              <option key={zone.id} value={zone.id}>
                {localized(zone.label)}
              </option>
            ))}
          </select>
        </label>
        <label className="voting-dialog__check">
          <input
            type="checkbox"
            checked={countsVisible}
            onChange={(event) => setCountsVisible(event.target.checked)}
            data-testid="voting-visible-toggle"
          />
          <span>
            {t('voting.visible')}
            <span className="voting-dialog__hint">{t('voting.visibleHint')}</span>
          </span>
        </label>
      </div>
      <div className="settings-dialog__footer">
        <button type="button" className="button" onClick={close} data-testid="voting-cancel">
          {t('voting.cancel')}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={!controlDoc || dots === null}
          data-testid="voting-start"
        >
          {t('voting.start')}
        </button>
      </div>
    </ModalFormDialog>
  );
}
