/**
 * The numbers behind the cirkel van invloed's team view: per owner, how many cards lie in their
 * circle of influence and in their circle of concern. Counted with the werkvorm's own `classify`,
 * so the chart always agrees with the labels on the cards and with the harvest.
 */
import { CirkelVanInvloed, type BoardCard, type Layout, type Werkvorm } from '@werkbord/shared';

export interface TeamChartRow {
  ownerId: string;
  name: string;
  invloed: number;
  betrokkenheid: number;
}

/** The owners' pairs of circles, when the layout has them (only the cirkel van invloed's does). */
export function circlePairs(layout: Layout): readonly CirkelVanInvloed.CirclePair[] | null {
  const pairs = (layout as Partial<CirkelVanInvloed.CirkelLayout>).pairs;
  return Array.isArray(pairs) ? pairs : null;
}

/** One row per owner, in the order of the settings; `[]` for a layout without circles. */
export function teamChartRows(
  werkvorm: Werkvorm,
  layout: Layout,
  cards: readonly BoardCard[],
): TeamChartRow[] {
  const pairs = circlePairs(layout);
  if (!pairs) return [];
  const perZone = new Map<string, number>();
  for (const card of cards) {
    const { zoneId } = werkvorm.classify(card, layout);
    if (zoneId !== null) perZone.set(zoneId, (perZone.get(zoneId) ?? 0) + 1);
  }
  const count = (ownerId: string, area: 'invloed' | 'betrokkenheid') =>
    perZone.get(CirkelVanInvloed.areaZoneId(ownerId, area)) ?? 0;
  return pairs.map(({ ownerId, name }) => ({
    ownerId,
    name,
    invloed: count(ownerId, 'invloed'),
    betrokkenheid: count(ownerId, 'betrokkenheid'),
  }));
}

/** The largest count in the chart, at least 1: the full length of a bar. */
export function chartScale(rows: readonly TeamChartRow[]): number {
  return Math.max(1, ...rows.flatMap((row) => [row.invloed, row.betrokkenheid]));
}
