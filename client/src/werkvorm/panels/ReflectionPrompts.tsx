import { REFLECTIE_ZONE_ID } from '@werkbord/shared';
import { useLocalized, useT } from '../../i18n/useT';
import { useUiStore } from '../../state/uiStore';
import { useWerkvormStore } from '../werkvormStore';
import { zoomToZone } from './zoomToZone';

/**
 * The werkvorm's reflection prompts, numbered as on the board, and where the answers go: kaarten in
 * the Reflectie zone, so everyone sees them and the harvest takes them along.
 */
export function ReflectionPrompts() {
  const t = useT();
  const localized = useLocalized();
  const prompts = useWerkvormStore((state) => state.werkvorm.reflection);
  return (
    <div className="reflection-prompts" data-testid="step-reflection-prompts">
      <h3 className="reflection-prompts__heading">{t('steps.reflection.heading')}</h3>
      <ol className="reflection-prompts__list">
        {prompts.map((prompt, index) => (
          <li key={index}>{localized(prompt)}</li>
        ))}
      </ol>
      <p className="reflection-prompts__hint">{t('steps.reflection.hint')}</p>
    </div>
  );
}

/** Brings the Reflectie zone into view, for this person only. */
export function GoToReflectionButton() {
  const t = useT();
  const editor = useUiStore((state) => state.editor);
  const layout = useWerkvormStore((state) => state.layout);
  return (
    <button
      type="button"
      className="button button--small steps-panel__go-to-reflection"
      disabled={!editor}
      onClick={() => editor && zoomToZone(editor, layout, REFLECTIE_ZONE_ID)}
      title={t('steps.reflection.goToLabel')}
      data-testid="step-go-to-reflection"
    >
      {t('steps.reflection.goTo')}
    </button>
  );
}
