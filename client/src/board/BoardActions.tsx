/**
 * The board's actions in the header (downloads, momentopnamen, settings, deleting, language): a
 * row of buttons where there is room, one "Menu" button with a list on a phone, so the header
 * stays one line there. The buttons stay mounted while the list is closed: a dialog one of them
 * opened lives inside it.
 */
import { Role } from '@werkbord/shared';
import { useEffect, useRef, useState } from 'react';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ExportMenu } from '../export/ExportMenu';
import { useT } from '../i18n/useT';
import { NewBoardButton } from '../reuse/NewBoardButton';
import { BoardDeleteButton } from '../snapshots/BoardDelete';
import { SnapshotsButton } from '../snapshots/SnapshotsButton';
import { SettingsButton } from '../werkvorm/panels/SettingsButton';

interface BoardActionsProps {
  role: Role;
  boardId: string;
  token: string;
  title: string;
  werkvorm: string;
  werkvormName: string;
}

export const BOARD_ACTIONS_ID = 'board-actions';

/** Clicks here do not close the list: the export menu's own list and the dialogs. */
const KEEPS_OPEN = '[role="menu"], dialog';

export function BoardActions({
  role,
  boardId,
  token,
  title,
  werkvorm,
  werkvormName,
}: BoardActionsProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Element | null;
      if (root.current?.contains(target) || target?.closest(KEEPS_OPEN)) return;
      setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !root.current?.querySelector('dialog[open]')) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);
  return (
    <div className="board-actions" data-open={open} ref={root}>
      <button
        type="button"
        className="badge board-actions__toggle"
        aria-expanded={open}
        aria-controls={BOARD_ACTIONS_ID}
        aria-label={t('board.menuLabel')}
        title={t('board.menuLabel')}
        onClick={() => setOpen(!open)}
        data-testid="board-menu"
      >
        <svg className="board-actions__icon" viewBox="0 0 20 20" aria-hidden="true">
          <path d="M3 5h14M3 10h14M3 15h14" />
        </svg>
        <span className="board-actions__toggle-text">{t('board.menu')}</span>
      </button>
      <div id={BOARD_ACTIONS_ID} className="board-actions__items">
        <ExportMenu boardId={boardId} token={token} title={title} werkvormName={werkvormName} />
        <SnapshotsButton />
        {role === Role.Facilitator && (
          <NewBoardButton boardId={boardId} token={token} title={title} werkvorm={werkvorm} />
        )}
        {role === Role.Facilitator && <SettingsButton />}
        {role === Role.Facilitator && <BoardDeleteButton boardId={boardId} token={token} />}
        <LanguageSwitch />
      </div>
    </div>
  );
}
