import { useCallback } from 'react';
import { useT } from '../i18n/useT';
import { ApiRequestError } from './apiClient';

/**
 * Turns a failed request into one Dutch (or English) sentence: no network, the server's own
 * message (it writes them for people), or a generic one with the status code.
 */
export function useApiErrorMessage(): (error: unknown) => string {
  const t = useT();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiRequestError)) return t('error.unexpected', { status: '?' });
      if (error.isNetworkError) return t('error.network');
      return error.serverMessage ?? t('error.unexpected', { status: error.status });
    },
    [t],
  );
}
