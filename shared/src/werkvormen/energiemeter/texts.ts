/**
 * Texts of the energiemeter. The werkboek names it beside the cirkel van invloed as a form that
 * makes room for what occupies people (`001:2309-2318`); the check-in (`002:2504-2562`: a short
 * personal question, everyone in turn, about ten minutes) and "waar zit de energie?"
 * (`002:3046-3053`, `002:3774`: an energielek) give its shape: everyone sets their own energy for
 * a topic or for this moment, the group sees the spread, and talks about what gives and what
 * costs energy.
 */
import type { Localized } from '../../i18n.js';
import { COMMON_HARVEST_LABELS } from '../Harvest.js';
import type { Step } from '../Werkvorm.js';

export const NAME: Localized = { nl: 'Energiemeter', en: 'Energy meter' };

export const DESCRIPTION: Localized = {
  nl: 'Iedereen zet een eigen markering voor zijn energie, voor een onderwerp of voor dit moment: van leeg tot vol. De groep ziet hoe de energie verdeeld is, bespreekt wat energie geeft en kost, en ziet een volgende keer wat er veranderd is.',
  en: 'Everyone places their own marker for their energy, for a topic or for this moment: from empty to full. The group sees how the energy is spread, talks about what gives and what costs energy, and sees next time what has changed.',
};

export const STEPS: readonly Step[] = [
  {
    id: 'meten',
    title: { nl: 'Zet je energie', en: 'Set your energy' },
    guidance: {
      nl: 'Zet je eigen markering op elke meter: hoeveel energie heb jij, van leeg (0) tot vol (10)? Kies "Markering" en klik op de meter. Ieder voor zich, zonder te overleggen.',
      en: 'Place your own marker on each meter: how much energy do you have, from empty (0) to full (10)? Choose "Marker" and click on the meter. Each on your own, without consulting.',
    },
    suggestedMinutes: 5,
  },
  {
    id: 'rondje',
    title: { nl: 'Rondje', en: 'Round' },
    guidance: {
      nl: 'Ieder zegt kort wat maakt dat zijn markering daar staat. De anderen luisteren: niet reageren, niet adviseren. Wie niets wil zeggen, past.',
      en: 'Everyone says briefly what makes their marker stand where it does. The others listen: no reacting, no advice. Whoever does not want to speak passes.',
    },
    suggestedMinutes: 10,
  },
  {
    id: 'bronnen',
    title: { nl: 'Wat geeft en wat kost energie?', en: 'What gives and what costs energy?' },
    guidance: {
      nl: 'Schrijf kaartjes: waar krijg je energie van, en wat kost je energie? Eén gedachte per kaartje, in het vak waar hij hoort.',
      en: 'Write cards: what gives you energy, and what costs you energy? One thought per card, in the area where it belongs.',
    },
    suggestedMinutes: 10,
  },
  {
    id: 'verdeling',
    title: { nl: 'De verdeling bekijken', en: 'Look at the spread' },
    guidance: {
      nl: 'Kijk samen naar de verdeling: waar staan jullie dicht bij elkaar, waar ver uiteen? Wat is er veranderd sinds de vorige keer? Zet aan het eind de markeringen vast om een volgende keer te vergelijken.',
      en: 'Look at the spread together: where do you stand close together, where far apart? What has changed since last time? At the end, fix the markers to compare next time.',
    },
    suggestedMinutes: 10,
  },
  {
    id: 'reflectie',
    title: { nl: 'Reflectie', en: 'Reflection' },
    guidance: {
      nl: 'Bespreek de vragen en schrijf jullie antwoorden op kaartjes in het reflectievak.',
      en: 'Discuss the questions and write your answers on cards in the reflection area.',
    },
    suggestedMinutes: 5,
    showsReflection: true,
  },
];

export const REFLECTION: readonly Localized[] = [
  {
    nl: 'Wat valt op aan de verdeling, en aan wat er veranderd is sinds de vorige keer?',
    en: 'What stands out in the spread, and in what has changed since last time?',
  },
  {
    nl: 'Waar lekt energie weg, en wat daarvan kunnen we zelf beïnvloeden?',
    en: 'Where does energy leak away, and what of that can we influence ourselves?',
  },
  {
    nl: 'Wat hebben we nodig om met energie verder te gaan?',
    en: 'What do we need to carry on with energy?',
  },
];

export const METER_TEXTS = {
  /** The meter's name when the begeleider gave no topic. */
  moment: { nl: 'Mijn energie op dit moment', en: 'My energy right now' },
  min: { nl: 'leeg: mijn energie is op', en: 'empty: my energy is gone' },
  max: { nl: 'vol: ik bruis van energie', en: 'full: bursting with energy' },
} satisfies Record<string, Localized>;

export const COMPARED_TEXTS = {
  none: {
    nl: 'Zet de begeleider de markeringen vast, dan staat die ronde hier, vaag, om de volgende keer mee te vergelijken.',
    en: 'When the facilitator fixes the markers, that round shows here, faded, to compare with next time.',
  },
  previous: { nl: 'Vorige ronde', en: 'Previous round' },
  nobody: { nl: 'niemand', en: 'nobody' },
} satisfies Record<string, Localized>;

export const SOURCE_TEXTS = {
  geeft: {
    label: { nl: 'Wat geeft energie?', en: 'What gives energy?' },
    hint: { nl: 'Waar krijg je energie van?', en: 'What gives you energy?' },
    short: { nl: 'geeft energie', en: 'gives energy' },
  },
  kost: {
    label: { nl: 'Wat kost energie?', en: 'What costs energy?' },
    hint: { nl: 'Waar lekt energie weg?', en: 'Where does energy leak away?' },
    short: { nl: 'kost energie', en: 'costs energy' },
  },
} satisfies Record<string, Record<'label' | 'hint' | 'short', Localized>>;

export const HARVEST_LABELS = {
  ...COMMON_HARVEST_LABELS,
  bronnen: { nl: 'Wat energie geeft en kost', en: 'What gives and costs energy' },
  soort: { nl: 'Soort', en: 'Kind' },
} satisfies Record<string, Localized>;
