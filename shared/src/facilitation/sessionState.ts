/**
 * The facilitator's session state in the control document (`Y.Map` `board`), next to werkvorm,
 * settings and step: the timer, the lock, "iedereen naar mij" and the rondje. Only the begeleider
 * writes these (the server refuses control writes from anyone else); everyone reads them. Values
 * are plain JSON, read tolerantly: a missing or malformed value reads as "off".
 */

/** Keys of the control document's `board` map used by the facilitation tools. */
export const SessionKey = {
  Timer: 'timer',
  /** `true` while the board is frozen: the server drops participants' content writes. */
  Locked: 'locked',
  /** Card (shape) ids the begeleider locked: participants' writes touching them are dropped. */
  LockedCards: 'lockedCards',
  FollowMe: 'followMe',
  Round: 'round',
  /** `true` while new cards go to each member's private document ("privé schrijven"). */
  PrivateWriting: 'privateWriting',
  /**
   * How many private cards each person has while privé schrijven is on (`PrivateCounts`),
   * written by the server only: counts, never content.
   */
  PrivateCounts: 'privateCounts',
  /**
   * `true` when the begeleider switched drawing off for deelnemers ("Tekenen uit voor
   * deelnemers"): their toolbar offers the werkvorm's cards only. A focus aid the client keeps,
   * not a write right the server checks.
   */
  ParticipantDrawingOff: 'participantDrawingOff',
  /**
   * `true` while "anoniem schrijven" is on: cards carry no author. Unlike drawing off, the server
   * enforces it (`extensions/anonymousWriting/`): it refuses a card written with an author and
   * takes the authors off the cards already there when it is switched on.
   */
  Anonymous: 'anonymous',
  /** The dot-voting round (`VotingState`), written by the begeleider. */
  Voting: 'voting',
  /** The dot totals of the voting round (`VoteTotals`), written by the server only. */
  VoteTotals: 'voteTotals',
} as const;

/**
 * A countdown, in server time (milliseconds since 1970 as the server's clock has them), so every
 * device shows the same remaining time whatever its own clock says.
 */
export type TimerState =
  | { status: 'running'; startedAt: number; durationMs: number }
  | { status: 'paused'; remainingMs: number; durationMs: number }
  | { status: 'idle' };

/** "Iedereen naar mij": participants follow the presence of this user until released. */
export interface FollowMeState {
  /** tldraw user id of the begeleider to follow (their presence `userId`). */
  userId: string;
  /** Server time it was started; a later start pulls again people who had moved away. */
  since: number;
}

/** A rondje: people speak in turn. */
export interface RoundState {
  /** Distinct per round, so "ik pas" signals of an earlier round are ignored. */
  id: string;
  /** The check-in question, or `''`. */
  question: string;
  /** In speaking order: the participants' tldraw user ids and names when the round started. */
  order: { userId: string; name: string }[];
  /** Index into `order` of who speaks now; `order.length` when the round is done. */
  current: number;
  /** User ids who passed ("ik pas"). */
  passed: string[];
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export function readTimer(value: unknown): TimerState {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null) return { status: 'idle' };
  if (
    v.status === 'running' &&
    isFiniteNumber(v.startedAt) &&
    isFiniteNumber(v.durationMs) &&
    v.durationMs > 0
  ) {
    return { status: 'running', startedAt: v.startedAt, durationMs: v.durationMs };
  }
  if (
    v.status === 'paused' &&
    isFiniteNumber(v.remainingMs) &&
    isFiniteNumber(v.durationMs) &&
    v.remainingMs >= 0
  ) {
    return { status: 'paused', remainingMs: v.remainingMs, durationMs: v.durationMs };
  }
  return { status: 'idle' };
}

/** Milliseconds left at server time `now` (never below 0); `null` when no timer is set. */
export function timerRemaining(timer: TimerState, now: number): number | null {
  switch (timer.status) {
    case 'idle':
      return null;
    case 'paused':
      return timer.remainingMs;
    case 'running':
      return Math.max(0, timer.startedAt + timer.durationMs - now);
  }
}

export function readLocked(value: unknown): boolean {
  return value === true;
}

export function readLockedCards(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

export function readFollowMe(value: unknown): FollowMeState | null {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null) return null;
  return typeof v.userId === 'string' && v.userId && isFiniteNumber(v.since)
    ? { userId: v.userId, since: v.since }
    : null;
}

export function readRound(value: unknown): RoundState | null {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null) return null;
  if (typeof v.id !== 'string' || !Array.isArray(v.order) || !isFiniteNumber(v.current)) {
    return null;
  }
  const order = v.order.flatMap((entry: unknown) => {
    const e = entry as Record<string, unknown> | null;
    return typeof e === 'object' && e !== null && typeof e.userId === 'string'
      ? [{ userId: e.userId, name: typeof e.name === 'string' ? e.name : '' }]
      : [];
  });
  return {
    id: v.id,
    question: typeof v.question === 'string' ? v.question : '',
    order,
    current: Math.min(Math.max(0, Math.floor(v.current)), order.length),
    passed: Array.isArray(v.passed)
      ? v.passed.filter((id): id is string => typeof id === 'string')
      : [],
  };
}

export function readPrivateWriting(value: unknown): boolean {
  return value === true;
}

/**
 * The private cards waiting for onthullen, counted by the server from the private documents:
 * per person (their presence user id, from the presence key of the browser that has the private
 * document open) and in all, people who are not connected included.
 */
export interface PrivateCounts {
  counts: Record<string, number>;
  total: number;
}

export function readPrivateCounts(value: unknown): PrivateCounts | null {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null) return null;
  const isCount = (n: unknown): n is number =>
    typeof n === 'number' && Number.isInteger(n) && n >= 0;
  const counts: Record<string, number> = {};
  if (typeof v.counts === 'object' && v.counts !== null) {
    for (const [userId, count] of Object.entries(v.counts)) {
      if (isCount(count)) counts[userId] = count;
    }
  }
  return { counts, total: isCount(v.total) ? v.total : 0 };
}

export function readParticipantDrawingOff(value: unknown): boolean {
  return value === true;
}

export function readAnonymous(value: unknown): boolean {
  return value === true;
}

/** Most dots one person may place in a voting round. */
export const MAX_DOTS_PER_PERSON = 20;

/**
 * A dot-voting round ("stemmen"). Each member places their dots in their own private document
 * (`facilitation/votes.ts`); the server refuses more than `dotsPerPerson`, and writes the totals
 * (`VoteTotals`) while `countsVisible` and once the round is closed.
 */
export interface VotingState {
  /** Distinct per round: dots of another round do not count. */
  id: string;
  status: 'open' | 'closed';
  /** 1 … `MAX_DOTS_PER_PERSON`. */
  dotsPerPerson: number;
  /** Only cards in this zone of the werkvorm's layout can get dots; `null` for every card. */
  zoneId: string | null;
  /** Whether everyone sees the totals while the round is open. */
  countsVisible: boolean;
}

export function readVoting(value: unknown): VotingState | null {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null) return null;
  if (typeof v.id !== 'string' || !v.id || (v.status !== 'open' && v.status !== 'closed')) {
    return null;
  }
  const dots = v.dotsPerPerson;
  if (typeof dots !== 'number' || !Number.isInteger(dots) || dots < 1) return null;
  if (dots > MAX_DOTS_PER_PERSON) return null;
  return {
    id: v.id,
    status: v.status,
    dotsPerPerson: dots,
    zoneId: typeof v.zoneId === 'string' && v.zoneId ? v.zoneId : null,
    countsVisible: v.countsVisible === true,
  };
}

/** The totals of a voting round: card id → number of dots. */
export interface VoteTotals {
  /** The `VotingState.id` they belong to. */
  round: string;
  counts: Record<string, number>;
}

export function readVoteTotals(value: unknown): VoteTotals | null {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null || typeof v.round !== 'string') return null;
  const counts: Record<string, number> = {};
  if (typeof v.counts === 'object' && v.counts !== null) {
    for (const [cardId, count] of Object.entries(v.counts)) {
      if (typeof count === 'number' && Number.isInteger(count) && count > 0) counts[cardId] = count;
    }
  }
  return { round: v.round, counts };
}
