/**
 * "Iedereen naar mij" on a participant's side: when to start and stop following the begeleider.
 * tldraw follows until the person moves the camera themselves; after that we leave them be until
 * the begeleider presses the button again (a newer `since`). A follow that started before the
 * begeleider's presence arrived (a newcomer) waits for it.
 */
import type { FollowMeState } from '@werkbord/shared';

export interface FollowInput {
  followMe: FollowMeState | null;
  /** My own tldraw user id: nobody follows themselves. */
  selfUserId: string;
  /** The `since` of the last "iedereen naar mij" this client acted on. */
  handledSince: number | null;
  /** Whom this client follows because of "iedereen naar mij" (not a "Volg" of its own). */
  followingForFollowMe: string | null;
  /** Whom tldraw follows now (`instance.followingUserId`). */
  followingUserId: string | null;
  /** Whether the leader's presence (cursor, camera) has arrived. */
  leaderPresent: boolean;
}

export type FollowAction =
  | { type: 'start'; userId: string; since: number }
  | { type: 'stop' }
  | { type: 'none' };

export function decideFollow(input: FollowInput): FollowAction {
  const { followMe, selfUserId, handledSince, followingForFollowMe, followingUserId } = input;
  if (!followMe) {
    // Released: stop, but only a follow we started (someone following a colleague stays).
    return followingForFollowMe !== null && followingUserId === followingForFollowMe
      ? { type: 'stop' }
      : { type: 'none' };
  }
  if (followMe.userId === selfUserId) return { type: 'none' };
  const isNew = handledSince === null || followMe.since > handledSince;
  if (!isNew || !input.leaderPresent) return { type: 'none' };
  return { type: 'start', userId: followMe.userId, since: followMe.since };
}
