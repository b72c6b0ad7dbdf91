/**
 * What changed between two momentopnamen, in the werkvorm's own terms and card by card: each
 * side's cards are classified with that side's werkvorm and layout (`classify`), then compared by
 * card id. A card "moved" when what its place means changed: another zone, ring or circle, or on
 * a time axis another date (an anekdote dragged from 2019 to 2021 moved, though it stayed on the
 * tijdbalk). Nudging a card within its zone is no move.
 */
import {
  cardTitle,
  compareReadingOrder,
  findZone,
  periodToIso,
  type BoardCard,
  type Layout,
  type Localized,
  type Werkvorm,
} from '@werkbord/shared';

export interface SnapshotSide {
  cards: readonly BoardCard[];
  werkvorm: Werkvorm;
  layout: Layout;
}

/**
 * Where a card lies, for people: what the card itself says there ("Klaagmuur", "ring 2",
 * "maart 2020", "Invloed · Anna"), else its zone's label; `null` outside every zone.
 */
export type CardPlace = Localized | null;

export interface ChangedCard {
  id: string;
  /** The card's text (an anekdote's title, a stakeholder's name). */
  text: string;
  /** Where it lies: for a removed card where it was, else where it is now. */
  place: CardPlace;
}

export interface MovedCard extends ChangedCard {
  from: CardPlace;
}

export interface SnapshotDiff {
  /** In reading order of the newer side. */
  added: ChangedCard[];
  /** In reading order of the older side. */
  removed: ChangedCard[];
  /** In reading order of the newer side. */
  moved: MovedCard[];
  /** Cards in both whose place means the same. */
  unchanged: number;
}

interface Where {
  /** Equal keys mean the same place: zone, and date on a time axis. */
  key: string;
  place: CardPlace;
  /** The zone's own label, to tell two places with the same text apart. */
  zone: Localized | null;
}

function whereOn(side: SnapshotSide, card: BoardCard): Where {
  const placement = side.werkvorm.classify(card, side.layout);
  const zone = placement.zoneId ? (findZone(side.layout, placement.zoneId)?.label ?? null) : null;
  const own = placement.label.nl || placement.label.en ? placement.label : null;
  return {
    key: `${placement.zoneId ?? ''}|${placement.period ? periodToIso(placement.period) : ''}`,
    place: own ?? zone,
    zone,
  };
}

/** A place named with its zone too: "Tijdbalk, 2019" next to "Volgorde van toetreding, 2019". */
function qualified(where: Where): CardPlace {
  if (!where.zone || !where.place || where.place === where.zone) return where.place;
  return {
    nl: `${where.zone.nl}, ${where.place.nl}`,
    en: `${where.zone.en}, ${where.place.en}`,
  };
}

const sorted = (cards: readonly BoardCard[]) => [...cards].sort(compareReadingOrder);

export function diffSnapshots(before: SnapshotSide, after: SnapshotSide): SnapshotDiff {
  const was = new Map(before.cards.map((card) => [card.id, whereOn(before, card)]));
  const now = new Set(after.cards.map((card) => card.id));
  const diff: SnapshotDiff = { added: [], removed: [], moved: [], unchanged: 0 };
  for (const card of sorted(after.cards)) {
    const old = was.get(card.id);
    const where = whereOn(after, card);
    const changed = { id: card.id, text: cardTitle(card), place: where.place };
    if (!old) diff.added.push(changed);
    else if (old.key === where.key) diff.unchanged += 1;
    else if (old.place?.nl === where.place?.nl) {
      // Another zone that reads the same (a date in the lane and on the tijdbalk): name the zones.
      diff.moved.push({ ...changed, place: qualified(where), from: qualified(old) });
    } else diff.moved.push({ ...changed, from: old.place });
  }
  for (const card of sorted(before.cards)) {
    if (!now.has(card.id)) {
      diff.removed.push({ id: card.id, text: cardTitle(card), place: whereOn(before, card).place });
    }
  }
  return diff;
}
