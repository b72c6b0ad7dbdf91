/**
 * Telling people apart: everyone present on a board gets their own colour, agreed between the
 * browsers over awareness without a server decision. Each browser publishes a claim (its colour
 * and since when it holds it); when two people claim the same colour, the older claim keeps it
 * (equal times: the smaller user id) and the other moves to a colour nobody present holds.
 * Every browser sees the same claims, so both sides agree on who moves, also when two people
 * join at the same moment. A claim is made with a preference (the colour this person had on
 * the board before a reload), so a person keeps their colour while it is free.
 */

export interface ColourClaim {
  /** The person: the browser's stable user id (two tabs of one person never compete). */
  userId: string;
  /** `#rrggbb` */
  colour: string;
  /** When this colour was taken (ms since 1970, the claimer's clock). */
  since: number;
}

/** Whether `other` keeps the colour both claim: the older claim, then the smaller user id. */
export function outranks(other: ColourClaim, mine: ColourClaim): boolean {
  if (other.colour !== mine.colour || other.userId === mine.userId) return false;
  return other.since < mine.since || (other.since === mine.since && other.userId < mine.userId);
}

export interface SettleInput {
  userId: string;
  /** My current claim, `null` before the first. */
  mine: ColourClaim | null;
  /** The colour I would like (kept from an earlier visit), if any. */
  preferred: string | null;
  /** The claims of everyone else present (other clients; my own other tabs are skipped). */
  others: readonly ColourClaim[];
  palette: readonly string[];
  /** Where in the palette my search for a free colour starts, so newcomers spread out. */
  start: number;
  now: number;
}

/** My claim after looking at everyone else's: the current one if nobody outranks it, else a new one. */
export function settleColour(input: SettleInput): ColourClaim {
  const { userId, mine, others } = input;
  const rivals = others.filter((claim) => claim.userId !== userId);
  if (mine && !rivals.some((claim) => outranks(claim, mine))) return mine;
  return { userId, colour: freeColour(input, rivals), since: input.now };
}

/** The preferred colour if nobody holds it, else the first free one from `start`, else the least held. */
function freeColour(
  { preferred, palette, start }: SettleInput,
  rivals: readonly ColourClaim[],
): string {
  const held = new Map<string, number>();
  for (const claim of rivals) held.set(claim.colour, (held.get(claim.colour) ?? 0) + 1);
  if (preferred !== null && palette.includes(preferred) && !held.has(preferred)) return preferred;
  let best = palette[0] ?? '#495057';
  let bestCount = Infinity;
  for (let i = 0; i < palette.length; i++) {
    const colour = palette[(start + i) % palette.length] as string;
    const count = held.get(colour) ?? 0;
    if (count < bestCount) [best, bestCount] = [colour, count];
    if (count === 0) break;
  }
  return best;
}
