/**
 * On the home page: start a new board from a `.tldraw` file. The file is checked first (tldraw's
 * parser with our schema); only a good file creates a board, named after the file, which then
 * opens with the file's shapes in it: with the werkvorm and settings of the board it came from
 * when Werkbord wrote it (`werkbordMarker.ts`), otherwise a leeg bord.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { createBoard } from '../api/apiClient';
import type { MessageKey } from '../i18n/nl';
import { useT } from '../i18n/useT';
import { savePendingImport } from './pendingImport';
import { readTldrFile } from './tldrFile';
import '../styles/export.css';

/** Larger files are refused before reading: no real board comes near this. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const LEEG_BORD = 'leeg-bord';

const ERRORS: Record<
  'notTldraw' | 'tooNew' | 'invalid' | 'empty' | 'tooLarge' | 'failed',
  MessageKey
> = {
  notTldraw: 'import.error.notTldraw',
  tooNew: 'import.error.tooNew',
  invalid: 'import.error.invalid',
  empty: 'import.error.empty',
  tooLarge: 'import.error.tooLarge',
  failed: 'import.error.failed',
};

function titleFromFileName(name: string): string {
  return (
    name
      .replace(/\.tldr$/i, '')
      .trim()
      .slice(0, 80) || 'Geïmporteerd bord'
  );
}

export function ImportTldr() {
  const t = useT();
  const inputId = useId();
  const [error, setError] = useState<keyof typeof ERRORS | null>(null);
  const [busy, setBusy] = useState(false);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setError(null);
    if (file.size > MAX_FILE_BYTES) {
      setError('tooLarge');
      input.value = '';
      return;
    }
    setBusy(true);
    try {
      const result = readTldrFile(await file.text());
      if (!result.ok) {
        setError(result.reason);
        return;
      }
      const board = await createBoard({
        werkvorm: result.origin?.werkvorm ?? LEEG_BORD,
        title: titleFromFileName(file.name),
        settings: result.origin?.settings,
        ...(result.origin?.anonymous ? { anonymous: true } : {}),
      });
      savePendingImport(board.boardId, result.records);
      window.location.assign(board.links.facilitator);
    } catch (failure) {
      console.error('import failed', failure);
      setError('failed');
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return (
    <section className="import-tldr" aria-labelledby={`${inputId}-heading`}>
      <h2 className="import-tldr__heading" id={`${inputId}-heading`}>
        {t('import.heading')}
      </h2>
      <p className="import-tldr__hint">{t('import.hint')}</p>
      <label className="import-tldr__button" htmlFor={inputId}>
        {busy ? t('import.busy') : t('import.choose')}
      </label>
      <input
        id={inputId}
        className="import-tldr__input"
        type="file"
        accept=".tldr,application/json"
        onChange={(event) => void onFile(event)}
        disabled={busy}
        data-testid="import-tldr-input"
      />
      {error && (
        <p className="import-tldr__error" role="alert" data-testid="import-error">
          {t(ERRORS[error])}
        </p>
      )}
    </section>
  );
}
