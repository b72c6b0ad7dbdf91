/** The generic comparison's words, in both languages. */
import type { Localized } from '../i18n.js';

const cards = (count: number): Localized => ({
  nl: count === 1 ? '1 kaart' : `${count} kaarten`,
  en: count === 1 ? '1 card' : `${count} cards`,
});

export const COMPARE_TEXTS = {
  zones: { nl: 'Kaarten per zone', en: 'Cards per zone' },
  zone: { nl: 'Zone', en: 'Zone' },
  noZone: { nl: 'Elders op het bord', en: 'Elsewhere on the board' },
  card: { nl: 'Kaart', en: 'Card' },
  place: { nl: 'Plek', en: 'Place' },
  elsewhere: {
    nl: 'Op beide borden, op een andere plek',
    en: 'On both boards, in another place',
  },
  onlyOn: (title: string): Localized => ({ nl: `Alleen op ${title}`, en: `Only on ${title}` }),
  cards,
  counts: (a: string, na: number, b: string, nb: number, both: number): Localized => ({
    nl: `${a}: ${cards(na).nl}, ${b}: ${cards(nb).nl}; ${both === 1 ? '1 staat' : `${both} staan`} op beide.`,
    en: `${a}: ${cards(na).en}, ${b}: ${cards(nb).en}; ${both} on both.`,
  }),
  biggestDifference: (zone: Localized, na: number, nb: number): Localized => ({
    nl: `Het grootste verschil zit in ${zone.nl}: ${na} tegen ${nb}.`,
    en: `The biggest difference is in ${zone.en}: ${na} against ${nb}.`,
  }),
  elsewhereCount: (count: number): Localized => ({
    nl: `${cards(count).nl} ${count === 1 ? 'staat' : 'staan'} op beide borden, maar op een andere plek.`,
    en: `${cards(count).en} ${count === 1 ? 'is' : 'are'} on both boards, but in another place.`,
  }),
} as const;
