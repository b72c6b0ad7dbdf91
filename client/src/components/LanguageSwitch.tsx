import { Language } from '@werkbord/shared';
import { useT } from '../i18n/useT';
import { useUiStore } from '../state/uiStore';

const OPTIONS = [
  { language: Language.Dutch, short: 'NL', name: 'language.nl' },
  { language: Language.English, short: 'EN', name: 'language.en' },
] as const;

/** NL | EN; the choice is remembered in this browser and also switches tldraw's own menus. */
export function LanguageSwitch() {
  const t = useT();
  const language = useUiStore((state) => state.language);
  const setLanguage = useUiStore((state) => state.setLanguage);
  return (
    <div
      className="language-switch"
      role="group"
      aria-label={t('language.label')}
      data-testid="language-switch"
    >
      {OPTIONS.map((option) => (
        <button
          key={option.language}
          type="button"
          lang={option.language}
          className="language-switch__option"
          aria-pressed={language === option.language}
          // "NL (Nederlands)": the name starts with what the button shows (WCAG 2.5.3).
          aria-label={`${option.short} (${t(option.name)})`}
          title={t(option.name)}
          data-testid={`language-${option.language}`}
          onClick={() => setLanguage(option.language)}
        >
          {option.short}
        </button>
      ))}
    </div>
  );
}
