/**
 * Texts of the cirkel van invloed en betrokkenheid (`002:3713-3776`): individual by nature,
 * discussed in the team, where colleagues may see the same situation quite differently
 * (`001:3125-3135`).
 */
import type { Localized } from '../../i18n.js';
import { COMMON_HARVEST_LABELS } from '../Harvest.js';
import type { Step } from '../Werkvorm.js';

export const NAME: Localized = {
  nl: 'Cirkel van invloed en betrokkenheid',
  en: 'Circle of influence and concern',
};

export const DESCRIPTION: Localized = {
  nl: 'Scheid wat je kunt beïnvloeden van waar je je alleen bij betrokken voelt, zodat je energie gaat waar die helpt. Ieder een eigen paar cirkels, samen besproken.',
  en: 'Separate what you can influence from what you merely care about, so your energy goes where it helps. Everyone has their own pair of circles, discussed together.',
};

export const STEPS: readonly Step[] = [
  {
    id: 'verzamelen',
    title: { nl: 'Wat kost je tijd en energie?', en: 'What takes your time and energy?' },
    guidance: {
      nl: 'Schrijf in het verzamelvak alles op wat veel van je tijd en energie vraagt, één ding per kaartje. Zoveel als je wilt.',
      en: 'Write in the collecting area everything that takes a lot of your time and energy, one thing per card. As many as you like.',
    },
    suggestedMinutes: 10,
  },
  {
    id: 'cirkels',
    title: { nl: 'Twee cirkels', en: 'Two circles' },
    guidance: {
      nl: 'Zoek je eigen paar cirkels, met je naam erboven: de binnenste is je cirkel van invloed, de buitenste je cirkel van betrokkenheid.',
      en: 'Find your own pair of circles, with your name above it: the inner one is your circle of influence, the outer one your circle of concern.',
    },
    suggestedMinutes: 5,
  },
  {
    id: 'invloed',
    title: { nl: 'Wat kun je beïnvloeden?', en: 'What can you influence?' },
    guidance: {
      nl: 'Kijk naar je kaartjes: op welke dingen kun je zelf invloed uitoefenen? Zet die in je cirkel van invloed.',
      en: 'Look at your cards: which of these things can you influence yourself? Move them into your circle of influence.',
    },
    suggestedMinutes: 10,
  },
  {
    id: 'betrokkenheid',
    title: { nl: 'De rest in betrokkenheid', en: 'The rest in concern' },
    guidance: {
      nl: 'Alles wat overblijft zet je in je cirkel van betrokkenheid.',
      en: 'Everything that is left goes into your circle of concern.',
    },
    suggestedMinutes: 5,
  },
  {
    id: 'reflectie',
    title: { nl: 'Reflectie en teamgesprek', en: 'Reflection and team talk' },
    guidance: {
      nl: 'Kijk eerst ieder naar je eigen cirkels, bespreek daarna samen wat jullie zien. Vergelijk de cirkels: collega’s kunnen dezelfde situatie heel verschillend beleven. Schrijf antwoorden in het reflectievak.',
      en: 'First each look at your own circles, then discuss together what you see. Compare the circles: colleagues can experience the same situation very differently. Write answers in the reflection area.',
    },
    suggestedMinutes: 25,
    showsReflection: true,
  },
];

export const REFLECTION: readonly Localized[] = [
  {
    nl: 'Wat valt je op als je naar je cirkels kijkt?',
    en: 'What strikes you when you look at your circles?',
  },
  {
    nl: 'Wat in je cirkel van betrokkenheid zou je liever loslaten, omdat het te veel energie kost?',
    en: 'What in your circle of concern would you rather let go of, because it costs too much energy?',
  },
  {
    nl: 'Besteed je genoeg tijd aan wat in je cirkel van invloed ligt?',
    en: 'Do you spend enough time on what lies in your circle of influence?',
  },
  { nl: 'Samen: wat drijft ons?', en: 'Together: what drives us?' },
  { nl: 'Samen: waar lekt onze energie weg?', en: 'Together: where does our energy leak away?' },
];

export const AREA_LABELS = {
  invloed: { nl: 'invloed', en: 'influence' },
  betrokkenheid: { nl: 'betrokkenheid', en: 'concern' },
  buiten: { nl: 'buiten de cirkels', en: 'outside the circles' },
} satisfies Record<string, Localized>;

export const ZONE_LABELS = {
  verzamelen: { nl: 'Wat kost je tijd en energie?', en: 'What takes your time and energy?' },
  invloed: { nl: 'cirkel van invloed', en: 'circle of influence' },
  betrokkenheid: { nl: 'cirkel van betrokkenheid', en: 'circle of concern' },
  verzameld: { nl: 'verzameld', en: 'collected' },
} satisfies Record<string, Localized>;

export const HARVEST_LABELS = {
  ...COMMON_HARVEST_LABELS,
  cirkels: { nl: 'Cirkels per persoon', en: 'Circles per person' },
  vergelijking: { nl: 'Vergelijking', en: 'Comparison' },
  verzameld: { nl: 'Nog niet ingedeeld', en: 'Not yet sorted' },
  persoon: { nl: 'Persoon', en: 'Person' },
  cirkel: { nl: 'Cirkel', en: 'Circle' },
  invloed: { nl: 'Invloed', en: 'Influence' },
  betrokkenheid: { nl: 'Betrokkenheid', en: 'Concern' },
  buiten: { nl: 'Buiten', en: 'Outside' },
  aandeel: { nl: 'Aandeel invloed (%)', en: 'Share of influence (%)' },
} satisfies Record<string, Localized>;
