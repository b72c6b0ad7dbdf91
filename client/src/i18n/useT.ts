import type { Localized } from '@werkbord/shared';
import { useCallback, useMemo } from 'react';
import { useUiStore } from '../state/uiStore';
import { translatorFor, type Translate } from './translate';

/** The translate function for the current language; components re-render when it changes. */
export function useT(): Translate {
  const language = useUiStore((state) => state.language);
  return useMemo(() => translatorFor(language), [language]);
}

/** Picks the current language from a text the shared werkvorm registry gives in both. */
export function useLocalized(): (text: Localized) => string {
  const language = useUiStore((state) => state.language);
  return useCallback((text: Localized) => text[language], [language]);
}
