import { Role, type Werkvorm } from '@werkbord/shared';
import type * as Y from 'yjs';
import { useLocalized, useT } from '../../i18n/useT';
import { useUiStore } from '../../state/uiStore';
import { writeStep } from '../controlState';
import { WerkvormStepAction } from '../WerkvormSlots';
import { useWerkvormStore } from '../werkvormStore';
import { keepKeysFromCanvas } from '../../components/keepKeysFromCanvas';
import { GoToReflectionButton, ReflectionPrompts } from './ReflectionPrompts';
import { stepPosition } from './stepNavigation';

interface StepsPanelProps {
  /** The control document; `null` while the session starts (the buttons wait for it). */
  controlDoc: Y.Doc | null;
}

/** The id of the step's guidance, which the step's title unfolds. */
export const STEP_DETAILS_ID = 'step-details';

/**
 * The current step of the werkvorm for everyone, in the board's header row (it never covers the
 * board): "Stap 2 van 5", the title and the suggested time; the title unfolds the guidance
 * (`StepDetails`). The facilitator moves the group on. A werkvorm without steps (leeg bord) shows
 * nothing.
 */
export function StepsPanel({ controlDoc }: StepsPanelProps) {
  const t = useT();
  const localized = useLocalized();
  const werkvorm = useWerkvormStore((state) => state.werkvorm);
  const step = useWerkvormStore((state) => state.step);
  const role = useWerkvormStore((state) => state.role);
  const open = useUiStore((state) => state.stepDetailsOpen);
  const setOpen = useUiStore((state) => state.setStepDetailsOpen);

  const position = stepPosition(werkvorm, step);
  if (!position) return null;
  const { index, count, step: current } = position;
  const title = localized(current.title);
  const number = { index: index + 1, count };

  return (
    <section
      className="steps-panel"
      aria-label={t('steps.region')}
      data-testid="steps-panel"
      data-open={open}
      {...keepKeysFromCanvas}
    >
      <h2 className="steps-panel__heading">
        <button
          type="button"
          className="steps-panel__toggle"
          aria-expanded={open}
          aria-controls={STEP_DETAILS_ID}
          onClick={() => setOpen(!open)}
          data-testid="step-toggle"
        >
          {/* The same words on every screen: "Stap 1 van 5". */}
          <span className="steps-panel__position" data-testid="step-position">
            {t('steps.position', number)}
          </span>
          <span className="steps-panel__title" data-testid="step-title" data-step-index={index}>
            {title}
          </span>
          <span className="steps-panel__chevron" aria-hidden="true" />
        </button>
      </h2>
      <span
        className="steps-panel__minutes"
        title={t.plural('steps.minutesLabel', current.suggestedMinutes)}
      >
        {t('steps.minutes', { minutes: current.suggestedMinutes })}
      </span>
      {current.optional && <span className="steps-panel__optional">{t('steps.optional')}</span>}
      <div className="steps-panel__actions">
        {current.showsReflection && <GoToReflectionButton />}
        {/* The werkvorm's own button, if it has one (the cirkel van invloed's team view). */}
        <WerkvormStepAction />
        {role === Role.Facilitator && (
          <StepButtons werkvorm={werkvorm} index={index} controlDoc={controlDoc} />
        )}
      </div>
      {/* Tells screen reader users when the facilitator moves the group on. */}
      <p className="visually-hidden" aria-live="polite">
        {t('steps.position', number)}: {title}
      </p>
    </section>
  );
}

/** The current step's guidance and, in the last step, the reflection prompts; folded by default on small screens. */
export function StepDetails() {
  const localized = useLocalized();
  const werkvorm = useWerkvormStore((state) => state.werkvorm);
  const step = useWerkvormStore((state) => state.step);
  const open = useUiStore((state) => state.stepDetailsOpen);
  const position = stepPosition(werkvorm, step);
  if (!position) return null;
  return (
    <div
      id={STEP_DETAILS_ID}
      className="steps-details"
      hidden={!open}
      data-testid="step-details"
      {...keepKeysFromCanvas}
    >
      <p className="steps-details__guidance" data-testid="step-guidance">
        {localized(position.step.guidance)}
      </p>
      {position.step.showsReflection && <ReflectionPrompts />}
    </div>
  );
}

interface StepButtonsProps {
  werkvorm: Werkvorm;
  index: number;
  controlDoc: Y.Doc | null;
}

/** Vorige / Volgende for the facilitator; everyone sees the new step as soon as it is written. */
function StepButtons({ werkvorm, index, controlDoc }: StepButtonsProps) {
  const t = useT();
  const localized = useLocalized();
  const go = (to: number) => controlDoc && writeStep(controlDoc, werkvorm, to);
  const previous = werkvorm.steps[index - 1];
  const next = werkvorm.steps[index + 1];
  return (
    <div className="steps-panel__buttons">
      <button
        type="button"
        className="button button--small steps-panel__step-button"
        disabled={!controlDoc || !previous}
        aria-label={
          previous
            ? t('steps.previousLabel', { title: localized(previous.title) })
            : t('steps.previous')
        }
        onClick={() => go(index - 1)}
        data-testid="step-previous"
      >
        <span aria-hidden="true">‹</span>
        <span className="steps-panel__button-text">{t('steps.previous')}</span>
      </button>
      <button
        type="button"
        className="button button--small button--primary steps-panel__step-button"
        disabled={!controlDoc || !next}
        aria-label={next ? t('steps.nextLabel', { title: localized(next.title) }) : t('steps.next')}
        onClick={() => go(index + 1)}
        data-testid="step-next"
      >
        <span className="steps-panel__button-text">{t('steps.next')}</span>
        <span aria-hidden="true">›</span>
      </button>
    </div>
  );
}
