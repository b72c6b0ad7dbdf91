/**
 * The momentopnamen of a board: a list with thumbnail, name, author, time and kind. The
 * begeleider saves new ones (with a small picture of the board), restores and deletes; everyone
 * can compare two of them.
 */
import { Role, SnapshotKind, type SnapshotInfo } from '@werkbord/shared';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { boardThumbnail } from '../picture/boardPicture';
import type { MessageKey } from '../i18n/nl';
import { useT } from '../i18n/useT';
import { useUiStore } from '../state/uiStore';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import {
  createSnapshot,
  deleteSnapshot,
  fetchSnapshot,
  listSnapshots,
  restoreSnapshot,
  thumbnailUrl,
  type BoardAccess,
} from './snapshotApi';
import { SnapshotCompare, type Comparison } from './SnapshotCompare';
import { diffSnapshots } from './snapshotDiff';
import { readSnapshot } from './snapshotDocuments';
import { SNAPSHOTS_PANEL_ID } from './SnapshotsButton';
import { useSnapshotsStore } from './snapshotsStore';
import '../styles/snapshots.css';

const KIND_LABELS: Record<SnapshotInfo['kind'], MessageKey> = {
  [SnapshotKind.Named]: 'snapshots.kind.named',
  [SnapshotKind.Auto]: 'snapshots.kind.auto',
  [SnapshotKind.Restore]: 'snapshots.kind.restore',
};

interface SnapshotsPanelProps {
  boardId: string;
  token: string;
  role: Role;
}

export function SnapshotsPanel({ boardId, token, role }: SnapshotsPanelProps) {
  const t = useT();
  const open = useSnapshotsStore((state) => state.open);
  const setOpen = useSnapshotsStore((state) => state.setOpen);
  const setViewing = useSnapshotsStore((state) => state.setViewing);
  const editor = useUiStore((state) => state.editor);
  const language = useUiStore((state) => state.language);
  const identity = useUiStore((state) => state.identity);
  const [snapshots, setSnapshots] = useState<SnapshotInfo[] | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState<MessageKey | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const isFacilitator = role === Role.Facilitator;
  const access: BoardAccess = { boardId, token };

  const reload = useCallback(() => {
    listSnapshots({ boardId, token }).then(setSnapshots, () => setError('snapshots.error.load'));
  }, [boardId, token]);

  useEffect(() => {
    if (open) reload();
  }, [open, reload]);

  if (!open) return null;

  const time = (iso: string) =>
    new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });

  const run = async (status: MessageKey, failure: MessageKey, action: () => Promise<void>) => {
    setBusy(status);
    setError(null);
    try {
      await action();
    } catch (cause) {
      console.error(cause);
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  const onCreate = (event: FormEvent) => {
    event.preventDefault();
    const chosen =
      name.trim() || t('snapshots.defaultName', { time: time(new Date().toISOString()) });
    void run('snapshots.busy.create', 'snapshots.error.create', async () => {
      const thumbnail = editor
        ? await boardThumbnail({
            editor,
            layout: useWerkvormStore.getState().layout,
            language,
          }).catch(() => undefined)
        : undefined;
      await createSnapshot(access, { name: chosen, author: identity.name ?? undefined, thumbnail });
      setName('');
      reload();
    });
  };

  const onView = (info: SnapshotInfo) =>
    run('snapshots.busy.load', 'snapshots.error.load', async () => {
      const documents = readSnapshot(await fetchSnapshot(access, info.id));
      setViewing({ info, documents });
    });

  const onRestore = (info: SnapshotInfo) => {
    if (!window.confirm(t('snapshots.restoreConfirm', { name: info.name }))) return;
    void run('snapshots.busy.restore', 'snapshots.error.restore', async () => {
      await restoreSnapshot(access, info.id);
      reload();
    });
  };

  const onDelete = (info: SnapshotInfo) => {
    if (!window.confirm(t('snapshots.deleteConfirm', { name: info.name }))) return;
    void run('snapshots.busy.delete', 'snapshots.error.delete', async () => {
      await deleteSnapshot(access, info.id);
      setSelected((ids) => ids.filter((id) => id !== info.id));
      reload();
    });
  };

  const toggleSelected = (id: string) =>
    setSelected((ids) =>
      ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id].slice(-2),
    );

  const onCompare = () => {
    const chosen = (snapshots ?? []).filter((info) => selected.includes(info.id));
    if (chosen.length !== 2) return;
    // The list is newest first: the second chosen is the older one.
    const [newer, older] = chosen as [SnapshotInfo, SnapshotInfo];
    void run('snapshots.busy.load', 'snapshots.error.load', async () => {
      const [before, after] = await Promise.all([
        fetchSnapshot(access, older.id),
        fetchSnapshot(access, newer.id),
      ]);
      setComparison({
        older,
        newer,
        diff: diffSnapshots(readSnapshot(before).side, readSnapshot(after).side),
      });
    });
  };

  return (
    <aside
      id={SNAPSHOTS_PANEL_ID}
      className="side-panel snapshots-panel"
      aria-labelledby="snapshots-heading"
      data-testid="snapshots-panel"
    >
      <div className="side-panel__header">
        <h2 id="snapshots-heading" className="side-panel__title">
          {t('snapshots.heading')}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('snapshots.close')}
          onClick={() => setOpen(false)}
          data-testid="snapshots-close"
        >
          ×
        </button>
      </div>
      {isFacilitator && (
        <form className="snapshots-panel__create" onSubmit={onCreate}>
          <label className="snapshots-panel__label" htmlFor="snapshot-name">
            {t('snapshots.nameLabel')}
          </label>
          <input
            id="snapshot-name"
            className="snapshots-panel__input"
            value={name}
            maxLength={120}
            placeholder={t('snapshots.namePlaceholder')}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => event.stopPropagation()}
            data-testid="snapshot-name"
          />
          <button
            type="submit"
            className="button button--primary button--small"
            disabled={busy !== null}
            data-testid="snapshot-create"
          >
            {t('snapshots.create')}
          </button>
        </form>
      )}
      {(busy || error) && (
        <p
          className={`snapshots-panel__status${error ? ' snapshots-panel__status--error' : ''}`}
          role={error ? 'alert' : 'status'}
          data-testid="snapshots-status"
        >
          {t(busy ?? error ?? 'snapshots.heading')}
        </p>
      )}
      {snapshots && snapshots.length === 0 && (
        <p className="snapshots-panel__empty">{t('snapshots.empty')}</p>
      )}
      {snapshots && snapshots.length > 1 && (
        <button
          type="button"
          className="button button--small"
          disabled={selected.length !== 2 || busy !== null}
          onClick={onCompare}
          data-testid="snapshot-compare"
        >
          {selected.length === 2 ? t('snapshots.compare') : t('snapshots.compareHint')}
        </button>
      )}
      {comparison && (
        <SnapshotCompare
          comparison={comparison}
          access={access}
          onClose={() => setComparison(null)}
        />
      )}
      <ul className="snapshots-panel__list">
        {(snapshots ?? []).map((info, index) => (
          <li
            key={info.id}
            className="snapshot-item"
            data-testid="snapshot-item"
            data-kind={info.kind}
          >
            {info.hasThumbnail ? (
              <img
                className="snapshot-item__thumbnail"
                src={thumbnailUrl(access, info.id)}
                alt=""
                loading="lazy"
              />
            ) : (
              <div className="snapshot-item__placeholder" aria-hidden="true" />
            )}
            <div className="snapshot-item__text">
              <label className="snapshot-item__name">
                <input
                  type="checkbox"
                  checked={selected.includes(info.id)}
                  onChange={() => toggleSelected(info.id)}
                  aria-label={t('snapshots.select', { name: info.name })}
                  data-testid={`snapshot-select-${index}`}
                />
                <span>{info.name}</span>
              </label>
              <span className="snapshot-item__meta">
                {t(KIND_LABELS[info.kind])} · {time(info.createdAt)}
                {info.author ? ` · ${info.author}` : ''}
              </span>
              <div className="snapshot-item__actions">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void onView(info)}
                  disabled={busy !== null}
                  data-testid={`snapshot-view-${index}`}
                >
                  {t('snapshots.view')}
                </button>
                {isFacilitator && (
                  <>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => onRestore(info)}
                      disabled={busy !== null}
                      data-testid={`snapshot-restore-${index}`}
                    >
                      {t('snapshots.restore')}
                    </button>
                    <button
                      type="button"
                      className="button button--small snapshot-item__delete"
                      onClick={() => onDelete(info)}
                      disabled={busy !== null}
                      data-testid={`snapshot-delete-${index}`}
                    >
                      {t('snapshots.delete')}
                    </button>
                  </>
                )}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </aside>
  );
}
