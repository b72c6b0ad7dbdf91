import { useCallback } from 'react';
import { useUiStore } from '../state/uiStore';
import { describeApiError } from './describeApiError';

/** Turns a failed request into one sentence in the chosen language (see `describeApiError`). */
export function useApiErrorMessage(): (error: unknown) => string {
  const language = useUiStore((state) => state.language);
  return useCallback((error: unknown) => describeApiError(language, error), [language]);
}
