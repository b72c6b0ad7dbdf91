import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT';

interface CopyButtonProps {
  text: string;
  /** Accessible name, e.g. "Kopieer de link voor Deelnemer". */
  label: string;
  testId: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** "Kopieer" → "Gekopieerd" for two seconds. */
export function CopyButton({ text, label, testId }: CopyButtonProps) {
  const t = useT();
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <div className="copy-button">
      <button
        type="button"
        className="button button--small"
        aria-label={label}
        data-testid={testId}
        data-state={state}
        onClick={async () => setState((await copyText(text)) ? 'copied' : 'failed')}
      >
        {state === 'copied' ? t('home.links.copied') : t('home.links.copy')}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {state === 'copied' ? t('home.links.copied') : ''}
      </span>
      {state === 'failed' && (
        <span className="copy-button__error" role="alert">
          {t('home.links.copyFailed')}
        </span>
      )}
    </div>
  );
}

/**
 * The Clipboard API needs a secure context (https or localhost); a facilitator on a school
 * network may open the app over plain http, so fall back to the old selection-based copy.
 */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
