/**
 * "Iedereen naar mij" on every client: follow the begeleider's viewport with tldraw's own follow
 * (it lets go as soon as the person pans or zooms), and stop when the begeleider releases.
 */
import { useEffect, useRef } from 'react';
import { useValue } from 'tldraw';
import { useUiStore } from '../state/uiStore';
import { decideFollow } from './followDecision';
import { useControlStore } from '../control/controlStore';
import { selectFollowMe } from '../control/controlSelectors';

export function useFollowMe(): void {
  const editor = useUiStore((state) => state.editor);
  const followMe = useControlStore(selectFollowMe);
  const leaderId = followMe?.userId ?? null;
  const leaderPresent = useValue(
    'werkbord: leader present',
    () => !!editor && !!leaderId && editor.getCollaborators().some((c) => c.userId === leaderId),
    [editor, leaderId],
  );
  const followingUserId = useValue(
    'werkbord: following',
    () => editor?.getInstanceState().followingUserId ?? null,
    [editor],
  );
  const handledSince = useRef<number | null>(null);
  const followingForFollowMe = useRef<string | null>(null);

  useEffect(() => {
    if (!editor) return;
    const action = decideFollow({
      followMe,
      selfUserId: editor.user.getRecordId(),
      handledSince: handledSince.current,
      followingForFollowMe: followingForFollowMe.current,
      followingUserId,
      leaderPresent,
    });
    if (action.type === 'start') {
      handledSince.current = action.since;
      followingForFollowMe.current = action.userId;
      editor.startFollowingUser(action.userId as Parameters<typeof editor.startFollowingUser>[0]);
    } else if (action.type === 'stop') {
      editor.stopFollowingUser();
    }
    if (!followMe) followingForFollowMe.current = null;
  }, [editor, followMe, leaderPresent, followingUserId]);
}
