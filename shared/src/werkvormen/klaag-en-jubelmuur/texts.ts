/**
 * Texts of the klaag- en jubelmuur, after its use at the start of a trajectory (`004:595-603`);
 * the reflection prompts lean on the werkboek's questions about values and "more of"
 * (`002:2712-2714, 2846-2849`).
 */
import type { Localized } from '../../i18n.js';
import { COMMON_HARVEST_LABELS } from '../Harvest.js';
import type { Step } from '../Werkvorm.js';

export const NAME: Localized = { nl: 'Klaag- en jubelmuur', en: 'Complaint and cheer wall' };

export const DESCRIPTION: Localized = {
  nl: 'Maak aan het begin van een traject zichtbaar wat al goed gaat en wat nog beter kan, en formuleer van daaruit samen een gezamenlijke ambitie.',
  en: 'At the start of a trajectory, make visible what already goes well and what could be better, and from there formulate a shared ambition together.',
};

export const STEPS: readonly Step[] = [
  {
    id: 'dromen',
    title: { nl: 'Kennismaken met dromen', en: 'Introductions through dreams' },
    guidance: {
      nl: 'Stel je voor aan de hand van je droom voor de mensen om wie het gaat: wat gun je hen over een paar jaar?',
      en: 'Introduce yourself through your dream for the people this is about: what do you wish for them a few years from now?',
    },
    suggestedMinutes: 10,
    optional: true,
  },
  {
    id: 'muren',
    title: { nl: 'Klagen en jubelen', en: 'Complain and cheer' },
    guidance: {
      nl: 'Schrijf kaartjes op beide muren: op de klaagmuur wat nog beter kan, op de jubelmuur wat al goed gaat. Eén gedachte per kaartje; alles mag er staan.',
      en: 'Write cards on both walls: on the complaint wall what could still be better, on the cheer wall what already goes well. One thought per card; everything may be said.',
    },
    suggestedMinutes: 20,
  },
  {
    id: 'clusteren',
    title: { nl: 'Lezen en clusteren', en: 'Read and cluster' },
    guidance: {
      nl: 'Lees elkaars kaartjes. Schuif kaartjes die over hetzelfde gaan tegen elkaar aan, zodat er groepjes ontstaan, en vraag door waar iets onduidelijk is.',
      en: "Read each other's cards. Slide cards about the same thing against each other so that groups form, and ask on where something is unclear.",
    },
    suggestedMinutes: 20,
  },
  {
    id: 'ambitie',
    title: { nl: 'Gezamenlijke ambitie', en: 'Shared ambition' },
    guidance: {
      nl: 'Kijk naar beide muren en formuleer samen waar jullie voor willen gaan. Schrijf de ambitie in het vak "gezamenlijke ambitie". In een volgende bijeenkomst toetsen en scherpen jullie haar aan.',
      en: 'Look at both walls and formulate together what you want to go for. Write the ambition in the "shared ambition" area. In a later meeting you check and sharpen it.',
    },
    suggestedMinutes: 30,
  },
  {
    id: 'reflectie',
    title: { nl: 'Reflectie', en: 'Reflection' },
    guidance: {
      nl: 'Bespreek de vragen en schrijf jullie antwoorden op kaartjes in het reflectievak.',
      en: 'Discuss the questions and write your answers on cards in the reflection area.',
    },
    suggestedMinutes: 15,
    showsReflection: true,
  },
];

export const REFLECTION: readonly Localized[] = [
  {
    nl: 'Wat staat er voor ons op het spel: welke waarden zitten achter de klachten?',
    en: 'What is at stake for us: which values lie behind the complaints?',
  },
  { nl: 'Waar willen we meer van?', en: 'What do we want more of?' },
  {
    nl: 'Hoe zou het er andersom uitzien: wat is het omgekeerde van elke klacht?',
    en: 'What would it look like the other way round: what is the opposite of each complaint?',
  },
];

export const ZONE_TEXTS = {
  klaagmuur: {
    label: { nl: 'Klaagmuur', en: 'Complaint wall' },
    hint: { nl: 'Wat kan nog beter?', en: 'What could still be better?' },
    short: { nl: 'klaagmuur', en: 'complaint wall' },
  },
  jubelmuur: {
    label: { nl: 'Jubelmuur', en: 'Cheer wall' },
    hint: { nl: 'Wat gaat al goed?', en: 'What already goes well?' },
    short: { nl: 'jubelmuur', en: 'cheer wall' },
  },
  ambitie: {
    label: { nl: 'Gezamenlijke ambitie', en: 'Shared ambition' },
    hint: { nl: 'Waar gaan we samen voor?', en: 'What do we go for together?' },
    short: { nl: 'ambitie', en: 'ambition' },
  },
} satisfies Record<string, Record<'label' | 'hint' | 'short', Localized>>;

export const HARVEST_LABELS = {
  ...COMMON_HARVEST_LABELS,
  muren: { nl: 'Klaag- en jubelmuur', en: 'Complaint and cheer wall' },
  ambitie: { nl: 'Gezamenlijke ambitie', en: 'Shared ambition' },
  muur: { nl: 'Muur', en: 'Wall' },
  cluster: { nl: 'Cluster', en: 'Cluster' },
} satisfies Record<string, Localized>;
