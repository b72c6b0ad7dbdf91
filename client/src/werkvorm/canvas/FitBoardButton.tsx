/**
 * "Alles in beeld": one tap zooms to the whole board (its layout and every card). For everyone,
 * viewers too; a real button, so it is reachable with Tab and works with Enter and Space.
 */
import { PORTRAIT_BREAKPOINT, useBreakpoint, useEditor } from 'tldraw';
import { useT } from '../../i18n/useT';
import { fitBoard } from './boardCamera';

export function FitBoardButton() {
  const editor = useEditor();
  const t = useT();
  // tldraw's phone layout fills the bottom with its toolbars and leaves the top right free.
  const compact = useBreakpoint() < PORTRAIT_BREAKPOINT.TABLET_SM;
  return (
    <button
      type="button"
      className="fit-board"
      data-testid="fit-board"
      data-placement={compact ? 'top' : 'bottom'}
      aria-label={t('canvas.fitBoard.label')}
      title={t('canvas.fitBoard.label')}
      onClick={() => fitBoard(editor)}
      // The canvas must not take this tap as the start of a drag or a selection.
      onPointerDown={editor.markEventAsHandled}
    >
      <svg className="fit-board__icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
      </svg>
      <span className="fit-board__text">{t('canvas.fitBoard')}</span>
    </button>
  );
}
