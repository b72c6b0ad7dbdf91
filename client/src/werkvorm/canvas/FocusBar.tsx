/**
 * "Alles in beeld" and, for a werkvorm with parts, "Ga naar" with the parts of the board (each
 * wall, each ring, each person's circles…) and buttons to step through them, for this person's
 * view only. For everyone, viewers too; real buttons, reachable with Tab.
 */
import { useEffect, useRef, useState } from 'react';
import { PORTRAIT_BREAKPOINT, useBreakpoint, useEditor } from 'tldraw';
import { useLocalized, useT } from '../../i18n/useT';
import { useUiStore } from '../../state/uiStore';
import { useWerkvormStore } from '../werkvormStore';
import { showView, stepFocus } from './focusNavigation';
import { focusViews } from './focusViews';

export function FocusBar() {
  const editor = useEditor();
  const t = useT();
  const localized = useLocalized();
  const layout = useWerkvormStore((state) => state.layout);
  const current = useUiStore((state) => state.focusView);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  // tldraw's phone layout fills the bottom with its toolbars and leaves the top right free.
  const compact = useBreakpoint() < PORTRAIT_BREAKPOINT.TABLET_SM;
  const views = focusViews(layout);
  const currentView = views.find((view) => view.id === current);
  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close, true);
    return () => document.removeEventListener('pointerdown', close, true);
  }, [open]);
  // The canvas must not take a tap here as the start of a drag or a selection.
  const handled = { onPointerDown: editor.markEventAsHandled };
  return (
    <div
      ref={root}
      className="focus-bar"
      role="toolbar"
      aria-label={t('canvas.focus.bar')}
      data-placement={compact ? 'top' : 'bottom'}
      data-testid="focus-bar"
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
        // Keys here belong to these buttons, not to tldraw's shortcuts.
        event.stopPropagation();
      }}
      {...handled}
    >
      {views.length > 0 && (
        <button
          type="button"
          className="focus-bar__step"
          aria-label={t('canvas.focus.previous')}
          title={t('canvas.focus.previous')}
          onClick={() => stepFocus(editor, -1)}
          data-testid="focus-previous"
        >
          <span aria-hidden="true">‹</span>
        </button>
      )}
      <button
        type="button"
        className="fit-board"
        data-testid="fit-board"
        aria-label={t('canvas.fitBoard.label')}
        aria-pressed={current === null}
        title={t('canvas.fitBoard.label')}
        onClick={() => showView(editor, null)}
      >
        <svg className="fit-board__icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
        </svg>
        <span className="fit-board__text">{t('canvas.fitBoard')}</span>
      </button>
      {views.length > 0 && (
        <>
          <button
            type="button"
            className="focus-bar__menu-button"
            aria-haspopup="true"
            aria-expanded={open}
            aria-label={t('canvas.focus.menuLabel')}
            title={t('canvas.focus.menuLabel')}
            onClick={() => setOpen(!open)}
            data-testid="focus-menu"
          >
            <span className="focus-bar__current">
              {currentView ? localized(currentView.label) : t('canvas.focus.menu')}
            </span>
            <span className="focus-bar__chevron" aria-hidden="true" />
          </button>
          <button
            type="button"
            className="focus-bar__step"
            aria-label={t('canvas.focus.next')}
            title={t('canvas.focus.next')}
            onClick={() => stepFocus(editor, 1)}
            data-testid="focus-next"
          >
            <span aria-hidden="true">›</span>
          </button>
        </>
      )}
      {open && (
        <ul className="focus-bar__list" aria-label={t('canvas.focus.menuLabel')}>
          {views.map((view) => (
            <li key={view.id}>
              <button
                type="button"
                className="focus-bar__item"
                aria-current={view.id === current}
                onClick={() => {
                  setOpen(false);
                  showView(editor, view);
                }}
                data-testid={`focus-view-${view.id}`}
              >
                {localized(view.label)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
