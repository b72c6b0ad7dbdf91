/**
 * Texts of the progressiecirkel (`002:3458-3521`): progress soon feels normal, so the group first
 * writes down everything already achieved (inner circle), then the progress still to make (outer
 * ring, in positive and concrete terms), and picks the low-hanging fruit: the next step that is
 * easiest to take.
 */
import type { CardMark } from '../../cards/cardMarks.js';
import type { Localized } from '../../i18n.js';
import { COMMON_HARVEST_LABELS } from '../Harvest.js';
import type { Step } from '../Werkvorm.js';
import type { ZoneTexts } from '../zoneBoard.js';

export const NAME: Localized = { nl: 'Progressiecirkel', en: 'Progress circle' };

export const DESCRIPTION: Localized = {
  nl: 'Zet in de binnenste cirkel alles wat al bereikt is en in de buitenste wat jullie nog willen bereiken. Markeer het laaghangend fruit: de stap die het makkelijkst te zetten is.',
  en: 'Put everything already achieved in the inner circle and what you still want to achieve in the outer one. Mark the low-hanging fruit: the step that is easiest to take.',
};

export const CircleId = { Bereikt: 'bereikt', NogTeBoeken: 'nog-te-boeken' } as const;
export type CircleId = (typeof CircleId)[keyof typeof CircleId];

export const CIRCLES: Record<CircleId, ZoneTexts> = {
  bereikt: {
    label: { nl: 'Al bereikte progressie', en: 'Progress already made' },
    hint: {
      nl: 'Elke stap vooruit, hoe klein ook',
      en: 'Every step forward, however small',
    },
    short: { nl: 'al bereikt', en: 'already made' },
  },
  'nog-te-boeken': {
    label: { nl: 'Nog te boeken progressie', en: 'Progress still to make' },
    hint: {
      nl: 'Positief en concreet: wat wil je wél?',
      en: 'Positive and concrete: what do you want?',
    },
    short: { nl: 'nog te boeken', en: 'still to make' },
  },
};

/** The mark anyone can put on a card: an easy next step. */
export const LAAGHANGEND_FRUIT: CardMark = {
  id: 'laaghangend-fruit',
  label: { nl: 'Laaghangend fruit', en: 'Low-hanging fruit' },
  short: { nl: 'fruit', en: 'fruit' },
  hint: {
    nl: 'Een stap die je het makkelijkst kunt zetten',
    en: 'A step that is easiest to take',
  },
  color: 'orange',
};

export const STEPS: readonly Step[] = [
  {
    id: 'onderwerp',
    title: { nl: 'Het onderwerp', en: 'The subject' },
    guidance: {
      nl: 'Kies het onderwerp van de cirkel: de resultaten van jullie project, of één aspect ervan, zoals netwerkvaardigheden. Hoe preciezer, hoe meer diepte. De begeleider zet het als titel bij de cirkel.',
      en: 'Choose the subject of the circle: the results of your project, or one aspect of it, such as networking skills. The more precise, the more depth. The facilitator puts it beside the circle as its title.',
    },
    suggestedMinutes: 5,
  },
  {
    id: 'bereikt',
    title: { nl: 'Al bereikte progressie', en: 'Progress already made' },
    guidance: {
      nl: 'Schrijf in de binnenste cirkel alles wat al bereikt is. Neem de tijd voor elke grote stap en elk klein stapje vooruit; niets is te klein. Wat jij als progressie ervaart, is waar.',
      en: 'Write everything already achieved in the inner circle. Take your time for every big step and every small step forward; nothing is too small. What you experience as progress is true.',
    },
    suggestedMinutes: 15,
  },
  {
    id: 'nog-te-boeken',
    title: { nl: 'Nog te boeken progressie', en: 'Progress still to make' },
    guidance: {
      nl: 'Zet in de buitenste cirkel de groei en vooruitgang die jullie je nog toewensen. Schrijf eerst alles op wat opkomt, en maak het daarna positief en concreet: niet "minder praten" maar "vaker een stilte laten vallen".',
      en: 'Put the growth and progress you still wish for in the outer circle. First write down everything that comes up, then make it positive and concrete: not "talk less" but "let a silence fall more often".',
    },
    suggestedMinutes: 15,
  },
  {
    id: 'fruit',
    title: { nl: 'Pluk laaghangend fruit', en: 'Pick the low-hanging fruit' },
    guidance: {
      nl: 'Welke stap kunnen jullie het makkelijkst zetten? Kies een kaart en zet "Laaghangend fruit" aan. Spreek af hoe en wanneer jullie die stap zetten.',
      en: 'Which step can you take most easily? Select a card and switch on "Low-hanging fruit". Agree on how and when you take that step.',
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
    suggestedMinutes: 10,
    showsReflection: true,
  },
];

export const REFLECTION: readonly Localized[] = [
  {
    nl: 'Wat valt op nu het bereikte naast het nog te boeken staat?',
    en: 'What stands out now that what was achieved sits beside what is still to come?',
  },
  {
    nl: 'Welk laaghangend fruit plukken we als eerste, hoe en wanneer?',
    en: 'Which low-hanging fruit do we pick first, how and when?',
  },
  {
    nl: 'Hoe houden we de vooruitgang die we boeken zichtbaar?',
    en: 'How do we keep the progress we make visible?',
  },
];

export const ONDERWERP_LABEL: Localized = { nl: 'Onderwerp', en: 'Subject' };

export const HARVEST_LABELS = {
  ...COMMON_HARVEST_LABELS,
  progressie: { nl: 'Progressiecirkel', en: 'Progress circle' },
  cirkel: { nl: 'Cirkel', en: 'Circle' },
  fruit: LAAGHANGEND_FRUIT.label,
  ja: { nl: 'ja', en: 'yes' },
} satisfies Record<string, Localized>;
