import { useValue } from 'tldraw';
import { useT } from '../i18n/useT';
import { useUiStore } from '../state/uiStore';
import { useFacilitationStore } from './facilitationStore';
import { GatherIcon } from './icons';

/**
 * For everyone but the begeleider during "iedereen naar mij": that they are following, or, once
 * they looked around on their own, a button to follow again.
 */
export function FollowMeNotice() {
  const t = useT();
  const editor = useUiStore((state) => state.editor);
  const followMe = useFacilitationStore((state) => state.session.followMe);
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
  const leaderId = useFacilitationStore((state) => state.session.followMe?.userId ?? null);
  return !!editor && !!leaderId && leaderId !== editor.user.getRecordId();
}
