/**
 * Dot voting ("stemmen"). A member's dots live in their own private document, in the `Y.Map`
 * `votes` (`PRIVATE_VOTES`): card id → `{round, count}`, the dots that member put on that card in
 * voting round `round`. Entries of another round count for nothing, so a new round starts empty
 * without anyone clearing anything. The server judges every change of that map with
 * `refusedVoteChanges` and takes back what it refuses; it adds up everyone's dots into the
 * control document's `voteTotals` (`sumVotes`).
 */
import { isWrittenCard } from '../cards/BoardCard.js';
import { cardsFromRecords } from '../cards/cardsFromRecords.js';
import { settingsOrDefaults } from '../werkvormen/SettingsSchema.js';
import type { Werkvorm } from '../werkvormen/Werkvorm.js';
import type { VotingState } from './sessionState.js';

/** One value of the `votes` map. */
export interface VoteEntry {
  round: string;
  /** A whole number ≥ 0 (0 is as good as no entry). */
  count: number;
}

export function readVoteEntry(value: unknown): VoteEntry | null {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null || typeof v.round !== 'string') return null;
  const count = v.count;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) return null;
  return { round: v.round, count };
}

/** The dots a `votes` map value gives its card in `round` (0 when absent, malformed or stale). */
export function dotsIn(value: unknown, round: string | null): number {
  const entry = readVoteEntry(value);
  return entry !== null && round !== null && entry.round === round ? entry.count : 0;
}

/** One member's dots in `round`: card id → dots, for cards with at least one. */
export function votesInRound(
  entries: Iterable<readonly [string, unknown]>,
  round: string,
): Map<string, number> {
  const votes = new Map<string, number>();
  for (const [cardId, value] of entries) {
    const dots = dotsIn(value, round);
    if (dots > 0) votes.set(cardId, dots);
  }
  return votes;
}

/** Everyone's dots in `round` added up: card id → total, cards without dots left out. */
export function sumVotes(
  ballots: Iterable<Iterable<readonly [string, unknown]>>,
  round: string,
): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const ballot of ballots) {
    for (const [cardId, dots] of votesInRound(ballot, round)) {
      totals[cardId] = (totals[cardId] ?? 0) + dots;
    }
  }
  return totals;
}

/** Why a change of a `votes` entry is refused. */
export const VoteRefusal = {
  /** Not `{round, count}` with a whole count ≥ 0. */
  Malformed: 'malformed',
  /** Written for no round or another round than the current one. */
  OtherRound: 'other-round',
  /** The round is closed: its dots are final. */
  Closed: 'closed',
  /** Dots added to something that is no card (in the round's zone) on the board. */
  NotVotable: 'not-votable',
  /** The member would have more dots than `dotsPerPerson`. */
  OverLimit: 'over-limit',
} as const;
export type VoteRefusal = (typeof VoteRefusal)[keyof typeof VoteRefusal];

/** A changed key of the `votes` map; `undefined` stands for "no entry". */
export interface VoteChange {
  cardId: string;
  before: unknown;
  after: unknown;
}

/**
 * The changes to refuse, by card id, of one transaction on a member's `votes` map. `entriesAfter`
 * is the whole map after the transaction; `isVotable` tells whether a card may get dots (asked
 * only for cards that gain some). Dots may always be taken back while the round is open, and
 * stale entries always deleted; dots may be added only while the round is open, to votable cards,
 * up to `dotsPerPerson` in all. When the total is exceeded, every addition of the transaction is
 * refused, so taking the refused changes back never leaves more dots than before.
 */
export function refusedVoteChanges(
  changes: readonly VoteChange[],
  entriesAfter: Iterable<readonly [string, unknown]>,
  voting: VotingState | null,
  isVotable: (cardId: string) => boolean,
): Map<string, VoteRefusal> {
  const round = voting?.id ?? null;
  const refused = new Map<string, VoteRefusal>();
  const added: string[] = [];
  for (const { cardId, before, after } of changes) {
    const dotsBefore = dotsIn(before, round);
    if (after === undefined) {
      if (voting?.status === 'closed' && dotsBefore > 0) refused.set(cardId, VoteRefusal.Closed);
      continue;
    }
    const entry = readVoteEntry(after);
    if (entry === null) refused.set(cardId, VoteRefusal.Malformed);
    else if (voting === null || entry.round !== voting.id) {
      refused.set(cardId, VoteRefusal.OtherRound);
    } else if (entry.count === dotsBefore) continue;
    else if (voting.status === 'closed') refused.set(cardId, VoteRefusal.Closed);
    else if (entry.count > dotsBefore) {
      if (isVotable(cardId)) added.push(cardId);
      else refused.set(cardId, VoteRefusal.NotVotable);
    }
  }
  if (added.length === 0 || voting === null) return refused;
  const dots = new Map<string, number>();
  for (const [cardId, value] of entriesAfter) dots.set(cardId, dotsIn(value, round));
  for (const { cardId, before } of changes) {
    if (refused.has(cardId)) dots.set(cardId, dotsIn(before, round));
  }
  let total = 0;
  for (const count of dots.values()) total += count;
  if (total > voting.dotsPerPerson) {
    for (const cardId of added) refused.set(cardId, VoteRefusal.OverLimit);
  }
  return refused;
}

/**
 * The ids of the cards that may get dots: every card among the board's records, or only those
 * the werkvorm places in `zoneId` (by its layout for the stored settings).
 */
export function votableCardIds(
  werkvorm: Werkvorm,
  records: readonly unknown[],
  storedSettings: unknown,
  zoneId: string | null,
): Set<string> {
  // A person's marker is where they stand, not something to vote on.
  const cards = cardsFromRecords(records).cards.filter(isWrittenCard);
  if (zoneId === null) return new Set(cards.map((card) => card.id));
  const layout = werkvorm.layout(settingsOrDefaults(werkvorm.settings, storedSettings));
  return new Set(
    cards.filter((card) => werkvorm.classify(card, layout).zoneId === zoneId).map((c) => c.id),
  );
}
