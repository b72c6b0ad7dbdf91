import { describe, expect, it } from 'vitest';
import { decideFollow, type FollowInput } from './followDecision';

const base: FollowInput = {
  followMe: { userId: 'user:bea', since: 100 },
  selfUserId: 'user:anna',
  handledSince: null,
  followingForFollowMe: null,
  followingUserId: null,
  leaderPresent: true,
};

describe('decideFollow', () => {
  it('follows the begeleider when "iedereen naar mij" starts', () => {
    expect(decideFollow(base)).toEqual({ type: 'start', userId: 'user:bea', since: 100 });
  });

  it('waits for the begeleider to be present (a newcomer joins during a follow)', () => {
    expect(decideFollow({ ...base, leaderPresent: false })).toEqual({ type: 'none' });
  });

  it('leaves someone alone who moved away, until the begeleider presses again', () => {
    const movedAway = { ...base, handledSince: 100, followingForFollowMe: 'user:bea' };
    expect(decideFollow(movedAway)).toEqual({ type: 'none' });
    const pressedAgain = { ...movedAway, followMe: { userId: 'user:bea', since: 250 } };
    expect(decideFollow(pressedAgain)).toEqual({ type: 'start', userId: 'user:bea', since: 250 });
  });

  it('never follows oneself', () => {
    expect(decideFollow({ ...base, selfUserId: 'user:bea' })).toEqual({ type: 'none' });
  });

  it('stops on release, but only a follow that "iedereen naar mij" started', () => {
    const released = { ...base, followMe: null, handledSince: 100 };
    expect(
      decideFollow({ ...released, followingForFollowMe: 'user:bea', followingUserId: 'user:bea' }),
    ).toEqual({ type: 'stop' });
    // Following a colleague by their own choice: stays.
    expect(
      decideFollow({ ...released, followingForFollowMe: 'user:bea', followingUserId: 'user:cas' }),
    ).toEqual({ type: 'none' });
    expect(decideFollow({ ...released, followingUserId: 'user:bea' })).toEqual({ type: 'none' });
  });
});
