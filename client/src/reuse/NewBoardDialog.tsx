/**
 * "Nieuw bord van dit bord" for the begeleider: the same werkvorm and settings on a new board with
 * its own three links, empty, with the cards prepared on this one, or as one of its momentopnamen
 * was. This board stays as it is; the new one opens in another tab and joins "Mijn borden".
 */
import {
  CopySource,
  TITLE_MAX_LENGTH,
  type CreateBoardResponse,
  type SnapshotInfo,
} from '@werkbord/shared';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { copyBoard, fetchSnapshotList } from '../api/apiClient';
import { useApiErrorMessage } from '../api/useApiErrorMessage';
import { BoardLinks } from '../components/BoardLinks';
import { ModalFormDialog } from '../components/ModalFormDialog';
import type { MessageKey } from '../i18n/nl';
import { useT } from '../i18n/useT';
import { rememberMadeBoard } from '../storage/myBoards';
import '../styles/reuse.css';

interface NewBoardDialogProps {
  boardId: string;
  token: string;
  title: string;
  werkvorm: string;
  onClose(): void;
}

const SOURCES: ReadonlyArray<{ source: CopySource; label: MessageKey; hint: MessageKey }> = [
  { source: CopySource.Empty, label: 'reuse.source.empty', hint: 'reuse.source.emptyHint' },
  {
    source: CopySource.Prepared,
    label: 'reuse.source.prepared',
    hint: 'reuse.source.preparedHint',
  },
  {
    source: CopySource.Snapshot,
    label: 'reuse.source.snapshot',
    hint: 'reuse.source.snapshotHint',
  },
];

export function NewBoardDialog({ boardId, token, title, werkvorm, onClose }: NewBoardDialogProps) {
  const t = useT();
  const describeError = useApiErrorMessage();
  const id = useId();
  const [newTitle, setNewTitle] = useState(title);
  const [source, setSource] = useState<CopySource>(CopySource.Empty);
  const [snapshots, setSnapshots] = useState<SnapshotInfo[] | null>(null);
  const [snapshotId, setSnapshotId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<CreateBoardResponse | null>(null);

  useEffect(() => {
    let current = true;
    fetchSnapshotList(boardId, token).then(
      ({ snapshots: list }) => {
        if (!current) return;
        setSnapshots(list);
        setSnapshotId((chosen) => chosen || (list[0]?.id ?? ''));
      },
      () => current && setSnapshots([]),
    );
    return () => {
      current = false;
    };
  }, [boardId, token]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = newTitle.trim();
    if (!trimmed) return setError(t('home.form.titleRequired'));
    if (source === CopySource.Snapshot && !snapshotId) return setError(t('reuse.chooseSnapshot'));
    setBusy(true);
    setError(null);
    try {
      const board = await copyBoard(boardId, token, {
        source,
        title: trimmed,
        ...(source === CopySource.Snapshot ? { snapshotId } : {}),
      });
      rememberMadeBoard(board, { title: trimmed, werkvorm });
      setMade(board);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  const noSnapshots = snapshots !== null && snapshots.length === 0;
  return (
    <ModalFormDialog
      className="new-board-dialog"
      testId="new-board-dialog"
      title={t('reuse.title')}
      closeLabel={t('reuse.close')}
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
    >
      {made ? (
        <div className="settings-dialog__body">
          <BoardLinks
            board={made}
            within="dialog"
            secondary={{ label: t('reuse.close'), onClick: onClose }}
          />
        </div>
      ) : (
        <>
          <div className="settings-dialog__body">
            <p className="new-board-dialog__intro">{t('reuse.intro')}</p>
            <label className="field" htmlFor={`${id}-title`}>
              <span className="field__label">{t('home.form.title')}</span>
              <input
                id={`${id}-title`}
                className="field__input"
                value={newTitle}
                maxLength={TITLE_MAX_LENGTH}
                onChange={(event) => setNewTitle(event.target.value)}
                data-testid="new-board-title"
              />
            </label>
            <fieldset className="new-board-dialog__sources">
              <legend className="field__label">{t('reuse.source')}</legend>
              {SOURCES.map((option) => {
                const disabled = option.source === CopySource.Snapshot && noSnapshots;
                const inputId = `${id}-source-${option.source}`;
                return (
                  <label
                    key={option.source}
                    htmlFor={inputId}
                    className="new-board-source"
                    data-checked={source === option.source}
                    data-disabled={disabled}
                  >
                    <input
                      id={inputId}
                      type="radio"
                      name={`${id}-source`}
                      value={option.source}
                      checked={source === option.source}
                      disabled={disabled}
                      onChange={() => setSource(option.source)}
                      aria-labelledby={`${inputId}-label`}
                      aria-describedby={`${inputId}-hint`}
                      data-testid={`new-board-source-${option.source}`}
                    />
                    <span className="new-board-source__text">
                      <span className="new-board-source__label" id={`${inputId}-label`}>
                        {t(option.label)}
                      </span>
                      <span className="new-board-source__hint" id={`${inputId}-hint`}>
                        {disabled ? t('reuse.noSnapshots') : t(option.hint)}
                      </span>
                    </span>
                  </label>
                );
              })}
            </fieldset>
            {source === CopySource.Snapshot && snapshots && snapshots.length > 0 && (
              <label className="field" htmlFor={`${id}-snapshot`}>
                <span className="field__label">{t('reuse.snapshot')}</span>
                <select
                  id={`${id}-snapshot`}
                  className="field__input"
                  value={snapshotId}
                  onChange={(event) => setSnapshotId(event.target.value)}
                  data-testid="new-board-snapshot"
                >
                  {snapshots.map((snapshot) => (
                    <option key={snapshot.id} value={snapshot.id}>
                      {snapshot.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
          <div className="settings-dialog__footer">
            <p className="settings-dialog__notice" data-error={error !== null} role="status">
              {error ?? ''}
            </p>
            <button type="button" className="button" onClick={onClose}>
              {t('reuse.cancel')}
            </button>
            <button
              type="submit"
              className="button button--primary"
              disabled={busy}
              data-testid="new-board-submit"
            >
              {busy ? t('reuse.busy') : t('reuse.submit')}
            </button>
          </div>
        </>
      )}
    </ModalFormDialog>
  );
}
