/**
 * The plain rules of a voting round ("stemmen") on this side: how many dots a person has left,
 * when they may add or take one, which cards can get dots, which totals everyone may see. The
 * server checks the same limits (`shared/src/facilitation/votes.ts`); this keeps the buttons
 * honest.
 */
import {
  MAX_DOTS_PER_PERSON,
  cardsFromRecords,
  isWrittenCard,
  type Layout,
  type VoteTotals,
  type VotingState,
  type Werkvorm,
} from '@werkbord/shared';

export const DEFAULT_DOTS_PER_PERSON = 3;

/** Dots this person has not placed yet (never below 0). */
export function remainingDots(voting: VotingState, myVotes: ReadonlyMap<string, number>): number {
  let placed = 0;
  for (const dots of myVotes.values()) placed += dots;
  return Math.max(0, voting.dotsPerPerson - placed);
}

export function canAddDot(
  voting: VotingState | null,
  myVotes: ReadonlyMap<string, number>,
): boolean {
  return voting?.status === 'open' && remainingDots(voting, myVotes) > 0;
}

export function canRemoveDot(
  voting: VotingState | null,
  myVotes: ReadonlyMap<string, number>,
  cardId: string,
): boolean {
  return voting?.status === 'open' && (myVotes.get(cardId) ?? 0) > 0;
}

/** The totals everyone may see now: while the round is open only when the begeleider shows them. */
export function visibleTotals(
  voting: VotingState | null,
  totals: VoteTotals | null,
): Readonly<Record<string, number>> | null {
  if (!voting || !totals || totals.round !== voting.id) return null;
  return voting.status === 'closed' || voting.countsVisible ? totals.counts : null;
}

/** A whole number of dots in 1 … `MAX_DOTS_PER_PERSON`, or `null` for anything else. */
export function parseDotsPerPerson(input: string): number | null {
  if (!/^\s*\d+\s*$/.test(input)) return null;
  const dots = Number(input);
  return dots >= 1 && dots <= MAX_DOTS_PER_PERSON ? dots : null;
}

export function newVotingRound(
  options: { dotsPerPerson: number; zoneId: string | null; countsVisible: boolean },
  random: () => number = Math.random,
): VotingState {
  return {
    id: `${Date.now().toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`,
    status: 'open',
    ...options,
  };
}

/**
 * The cards on the board that can get dots: every card, or only those the werkvorm places in
 * the round's zone, as the server decides it (`votableCardIds`) with the same layout.
 */
export function votableCards(
  werkvorm: Werkvorm,
  layout: Layout,
  records: readonly unknown[],
  zoneId: string | null,
): string[] {
  const { cards } = cardsFromRecords(records);
  return cards
    .filter(isWrittenCard)
    .filter((card) => zoneId === null || werkvorm.classify(card, layout).zoneId === zoneId)
    .map((card) => card.id);
}

/** The zones a round can be limited to, in the layout's order, each once. */
export function zoneChoices(
  layout: Layout,
): { id: string; label: Layout['zones'][number]['label'] }[] {
  const seen = new Set<string>();
  return layout.zones.flatMap((zone) => {
    // A scale's value columns are no place to vote in (and would be dozens of choices).
    if (seen.has(zone.id) || zone.hidden) return [];
    seen.add(zone.id);
    return [{ id: zone.id, label: zone.label }];
  });
}
