/**
 * Texts of the stakeholdermap, after the werkboek's six steps (`002:3577-3634`): the stakeholders
 * around the initiative, in rings of importance, with their interests and the relations with them.
 */
import type { Localized } from '../../i18n.js';
import { COMMON_HARVEST_LABELS } from '../Harvest.js';
import type { Step } from '../Werkvorm.js';

export const NAME: Localized = { nl: 'Stakeholdermap', en: 'Stakeholder map' };

export const DESCRIPTION: Localized = {
  nl: 'Breng alle stakeholders rond jullie initiatief in beeld, in ringen van belangrijkheid, met hun belangen en jullie relaties met hen: waar botst het, waar ligt een kans?',
  en: 'Map all stakeholders around your initiative, in rings of importance, with their interests and your relations with them: where do things clash, where is there a chance?',
};

export const STEPS: readonly Step[] = [
  {
    id: 'verzamelen',
    title: { nl: 'Stakeholders verzamelen', en: 'Gather the stakeholders' },
    guidance: {
      nl: 'Noem alle mensen, groepen en organisaties die invloed hebben op jullie initiatief of er iets van merken. Schrijf elke stakeholder op een eigen kaart en leg ze voorlopig buiten de ringen.',
      en: 'Name all people, groups and organisations that influence your initiative or feel its effects. Write each stakeholder on a card of its own and put them outside the rings for now.',
    },
    suggestedMinutes: 15,
  },
  {
    id: 'ring-1',
    title: { nl: 'De belangrijkste in ring 1', en: 'The most important in ring 1' },
    guidance: {
      nl: 'Zet de stakeholders die er voor jullie het meest toe doen in de binnenste ring, het dichtst bij jullie initiatief.',
      en: 'Put the stakeholders that matter most to you in the innermost ring, closest to your initiative.',
    },
    suggestedMinutes: 10,
  },
  {
    id: 'ringen',
    title: { nl: 'De anderen in de volgende ringen', en: 'The others in the next rings' },
    guidance: {
      nl: 'Wie doet er ook toe, maar minder direct? Zet hen in ring 2, en wie nog verder weg staat in de ringen daarbuiten.',
      en: 'Who else matters, but less directly? Put them in ring 2, and whoever is further away in the rings beyond.',
    },
    suggestedMinutes: 10,
  },
  {
    id: 'relaties',
    title: { nl: 'Relaties tekenen', en: 'Draw the relations' },
    guidance: {
      nl: 'Trek lijnen van jullie initiatief naar de stakeholders en tussen stakeholders onderling. Kies de sterkte: sterk (dik), zwak (dun) of aandacht nodig (gestippeld).',
      en: 'Draw lines from your initiative to the stakeholders and between stakeholders. Choose the strength: strong (thick), weak (thin) or needs attention (dotted).',
    },
    suggestedMinutes: 15,
  },
  {
    id: 'belangen',
    title: { nl: 'Belangen', en: 'Interests' },
    guidance: {
      nl: 'Schrijf bij elke stakeholder wat volgens jullie voor hen belangrijk is. Weten jullie het niet? Dan is dat een goede vraag om hun zelf te stellen.',
      en: 'Write with each stakeholder what you think matters to them. You do not know? Then that is a good question to ask them yourselves.',
    },
    suggestedMinutes: 20,
  },
  {
    id: 'aan-de-slag',
    title: { nl: 'Waar gaan we mee aan de slag?', en: 'What do we act on?' },
    guidance: {
      nl: 'Bekijk de kaart als geheel en bespreek de vragen. Geef stakeholders het label "botst met ons initiatief" of "kans voor een linkje" en schrijf jullie antwoorden in het reflectievak.',
      en: 'Look at the map as a whole and discuss the questions. Tag stakeholders "clashes with our initiative" or "chance for a link" and write your answers in the reflection area.',
    },
    suggestedMinutes: 20,
    showsReflection: true,
  },
];

export const REFLECTION: readonly Localized[] = [
  {
    nl: 'Wat valt op als we naar de kaart kijken?',
    en: 'What stands out when we look at the map?',
  },
  {
    nl: 'Met welke stakeholders willen we aan de slag?',
    en: 'Which stakeholders do we want to work on?',
  },
  {
    nl: 'Welke belangen botsen met ons initiatief?',
    en: 'Which interests clash with our initiative?',
  },
  { nl: 'Waar liggen kansen voor een mooi linkje?', en: 'Where are the chances for a good link?' },
  {
    nl: 'Welke relaties zouden sterker moeten zijn dan ze nu zijn?',
    en: 'Which relations should be stronger than they are now?',
  },
];

/** The ring labels on the board; ring k in the label of zone `ring-k`. */
export const RING_LABELS: readonly Localized[] = [
  { nl: 'ring 1 — belangrijkste stakeholders', en: 'ring 1 — most important stakeholders' },
  { nl: 'ring 2 — doen er ook toe', en: 'ring 2 — also matter' },
  { nl: 'ring 3 — verder weg', en: 'ring 3 — further away' },
  { nl: 'ring 4 — op afstand', en: 'ring 4 — at a distance' },
];

export const DEFAULT_INITIATIVE: Localized = { nl: 'Ons initiatief', en: 'Our initiative' };

export const HARVEST_LABELS = {
  ...COMMON_HARVEST_LABELS,
  stakeholders: { nl: 'Stakeholders', en: 'Stakeholders' },
  relaties: { nl: 'Relaties', en: 'Relations' },
  ring: { nl: 'Ring', en: 'Ring' },
  naam: { nl: 'Naam', en: 'Name' },
  belangen: { nl: 'Belangen', en: 'Interests' },
  tags: { nl: 'Labels', en: 'Tags' },
  van: { nl: 'Van', en: 'From' },
  naar: { nl: 'Naar', en: 'To' },
  sterkte: { nl: 'Sterkte', en: 'Strength' },
  centrum: { nl: 'centrum', en: 'centre' },
  buiten: { nl: 'buiten de ringen', en: 'outside the rings' },
} satisfies Record<string, Localized>;
