/**
 * The date a new anekdote gets from where it is made: on the historielijn's tijdbalk, the date
 * its position means (afterwards the werkvorm's date sync keeps date and position together).
 */
import {
  Historielijn,
  periodToIso,
  type AnekdoteCard,
  type Bounds,
  type Layout,
  type Werkvorm,
} from '@werkbord/shared';

/** `''` anywhere but on the tijdbalk. */
export function initialAnekdoteDate(bounds: Bounds, werkvorm: Werkvorm, layout: Layout): string {
  const card: AnekdoteCard = {
    id: 'shape:new',
    kind: 'anekdote',
    ...bounds,
    period: null,
    title: '',
    story: '',
    author: '',
    createdAt: null,
  };
  const placement = werkvorm.classify(card, layout);
  if (placement.zoneId !== Historielijn.TIJDBALK_ZONE_ID || !placement.period) return '';
  return periodToIso(placement.period);
}
