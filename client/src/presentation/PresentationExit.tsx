import '../styles/presentation.css';
import { useT } from '../i18n/useT';
import { useUiStore } from '../state/uiStore';
import { stepFocus } from '../werkvorm/canvas/focusNavigation';
import { focusViews } from '../werkvorm/canvas/focusViews';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { stopPresenting } from './presentationMode';

/**
 * While presenting: the one small way back, in a corner, faint until pointed at (also Escape), and
 * for a board with parts the steps through them (also Page Down and Page Up).
 */
export function PresentationExit() {
  const t = useT();
  const editor = useUiStore((state) => state.editor);
  const hasParts = useWerkvormStore((state) => focusViews(state.layout).length > 0);
  return (
    <div className="presentation-exit">
      {editor && hasParts && (
        <>
          <button
            type="button"
            aria-label={t('canvas.focus.previous')}
            aria-keyshortcuts="PageUp"
            title={`${t('canvas.focus.previous')} (Page Up)`}
            onClick={() => stepFocus(editor, -1)}
            data-testid="presentation-previous"
          >
            <span aria-hidden="true">‹</span>
          </button>
          <button
            type="button"
            aria-label={t('canvas.focus.next')}
            aria-keyshortcuts="PageDown"
            title={`${t('canvas.focus.next')} (Page Down)`}
            onClick={() => stepFocus(editor, 1)}
            data-testid="presentation-next"
          >
            <span aria-hidden="true">›</span>
          </button>
        </>
      )}
      <button
        type="button"
        aria-label={t('presentation.stopLabel')}
        aria-keyshortcuts="Escape"
        title={`${t('presentation.stopLabel')} (Esc)`}
        onClick={stopPresenting}
        data-testid="presentation-exit"
      >
        <span aria-hidden="true">×</span>
        <span className="presentation-exit__text">{t('presentation.stop')}</span>
      </button>
    </div>
  );
}
