import { useValue } from 'tldraw';
import { useT } from '../i18n/useT';
import { useUiStore } from '../state/uiStore';
import { GatherIcon } from '../components/icons';
import { useControlStore } from '../control/controlStore';
import { selectFollowMe } from '../control/controlSelectors';

/**
 * For everyone but the begeleider during "iedereen naar mij": that they are following, or, once
 * they looked around on their own, a button to follow again.
 */
export function FollowMeNotice() {
  const t = useT();
  const editor = useUiStore((state) => state.editor);
  const followMe = useControlStore(selectFollowMe);
  const leaderId = followMe?.userId ?? null;
  const following = useValue(
    'werkbord: following leader',
    () => !!leaderId && editor?.getInstanceState().followingUserId === leaderId,
    [editor, leaderId],
  );
  if (!editor || !leaderId || leaderId === editor.user.getRecordId()) return null;
  if (following) {
    return (
      <span className="follow-notice" role="status" data-testid="follow-me-following">
        <GatherIcon />
        {t('facilitation.follow.following')}
      </span>
    );
  }
  return (
    <button
      type="button"
      className="button button--small facilitation-button"
      onClick={() =>
        editor.startFollowingUser(leaderId as Parameters<typeof editor.startFollowingUser>[0])
      }
      data-testid="follow-me-rejoin"
    >
      <GatherIcon />
      <span className="facilitation-button__text facilitation-button__text--always">
        {t('facilitation.follow.rejoin')}
      </span>
    </button>
  );
}

/** Whether a non-begeleider has something about "iedereen naar mij" to see. */
export function useFollowMeNoticeShown(): boolean {
  const editor = useUiStore((state) => state.editor);
  const leaderId = useControlStore((state) => selectFollowMe(state)?.userId ?? null);
  return !!editor && !!leaderId && leaderId !== editor.user.getRecordId();
}
