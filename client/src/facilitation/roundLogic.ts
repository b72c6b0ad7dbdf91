/**
 * A rondje: everyone present speaks in turn. The begeleider's client starts it and moves it on;
 * a speaker who passes ("ik pas") cannot write the control document, so they signal it in their
 * awareness state and the begeleider's client applies it (`applyPassSignal`). Pure functions over
 * the shared `RoundState`.
 */
import { Role, type RoundState } from '@werkbord/shared';
import { createUserId } from 'tldraw';
import type { Participant } from '../sync/participants';

export type RoundSpeaker = RoundState['order'][number];

/** What a speaker publishes in awareness to pass: the round and their turn in it. */
export interface PassSignal {
  roundId: string;
  index: number;
}

/** The awareness field of the pass signal (next to `user` and `presence`). */
export const PASS_FIELD = 'pass';

/** Who takes part: everyone present except meekijkers, in the order of the participant list. */
export function roundOrder(participants: readonly Participant[]): RoundSpeaker[] {
  return participants
    .filter((participant) => participant.role !== Role.Viewer)
    .map((participant) => ({ userId: createUserId(participant.id), name: participant.name }));
}

/** Fisher–Yates with the given random source (`Math.random` in the app, fixed in tests). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

export interface NewRound {
  id: string;
  order: readonly RoundSpeaker[];
  question: string;
  shuffle: boolean;
  random: () => number;
  /** The user id of who starts; the first of `order` when left out or not in it. */
  starter?: string;
}

export function startRound({
  id,
  order,
  question,
  shuffle,
  random,
  starter,
}: NewRound): RoundState {
  return {
    id,
    question: question.trim(),
    order: startingWith(shuffle ? shuffled(order, random) : order, starter),
    current: 0,
    passed: [],
  };
}

/**
 * The order turned round so that `starter` goes first and the rest follow as they were, like a
 * rondje that starts somewhere else at the same table. Unchanged when `starter` is not in it.
 */
export function startingWith(
  order: readonly RoundSpeaker[],
  starter: string | undefined,
): RoundSpeaker[] {
  const at = order.findIndex((speaker) => speaker.userId === starter);
  return at <= 0 ? [...order] : [...order.slice(at), ...order.slice(0, at)];
}

export function isRoundDone(round: RoundState): boolean {
  return round.current >= round.order.length;
}

/** Who speaks now and who is next (`null` past the end). */
export function speakers(round: RoundState): {
  now: RoundSpeaker | null;
  next: RoundSpeaker | null;
} {
  return {
    now: round.order[round.current] ?? null,
    next: round.order[round.current + 1] ?? null,
  };
}

/** "Volgende": the next person's turn; past the last one the round is done. */
export function advanceRound(round: RoundState): RoundState {
  if (isRoundDone(round)) return round;
  return { ...round, current: round.current + 1 };
}

/** The current speaker passes: marked as passed, and it is the next person's turn. */
export function passTurn(round: RoundState): RoundState {
  const now = speakers(round).now;
  if (!now) return round;
  const passed = round.passed.includes(now.userId) ? round.passed : [...round.passed, now.userId];
  return { ...round, passed, current: round.current + 1 };
}

/**
 * A pass signal from `fromUserId`'s awareness, checked: it must be this round, the turn it names
 * must be the current one, and it must be that speaker's own. Returns the next round state, or
 * `null` when the signal changes nothing (old, repeated or not theirs to give).
 */
export function applyPassSignal(
  round: RoundState,
  signal: PassSignal,
  fromUserId: string,
): RoundState | null {
  if (signal.roundId !== round.id || signal.index !== round.current) return null;
  if (speakers(round).now?.userId !== fromUserId) return null;
  return passTurn(round);
}

export function readPassSignal(value: unknown): PassSignal | null {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null) return null;
  return typeof v.roundId === 'string' && Number.isInteger(v.index)
    ? { roundId: v.roundId, index: v.index as number }
    : null;
}

/** A distinct id per round, so pass signals of an earlier round are ignored. */
export function newRoundId(random: () => number = Math.random): string {
  return `${Date.now().toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;
}
