/**
 * Texts of the historielijn, after the werkboek's basic form (`002:2741-2800`): the group watches
 * "the movie" of its own history; anecdotes are told, not debated.
 */
import type { Localized } from '../../i18n.js';
import { COMMON_HARVEST_LABELS } from '../Harvest.js';
import type { Step } from '../Werkvorm.js';

export const NAME: Localized = { nl: 'Historielijn', en: 'History line' };

export const DESCRIPTION: Localized = {
  nl: 'Bekijk samen de film van jullie geschiedenis: anekdotes op een tijdbalk, verteld zonder discussie, zodat patronen en zin in het volgende hoofdstuk bovenkomen.',
  en: 'Watch the movie of your shared history: anecdotes on a timeline, told without debate, so that patterns and energy for the next chapter surface.',
};

export const STEPS: readonly Step[] = [
  {
    id: 'focus',
    title: { nl: 'Focus en doel', en: 'Focus and purpose' },
    guidance: {
      nl: 'Spreek af waarom jullie terugkijken: een periode evalueren, een pas op de plaats maken of een volgende fase voorbereiden. Het doel en het thema staan bovenaan het bord.',
      en: 'Agree on why you are looking back: to evaluate a period, to pause and take stock, or to prepare the next phase. The purpose and theme are shown at the top of the board.',
    },
    suggestedMinutes: 10,
  },
  {
    id: 'toetreding',
    title: { nl: 'Volgorde van toetreding', en: 'Order of joining' },
    guidance: {
      nl: 'Zet ieder een kaartje met je naam in de baan "volgorde van toetreding", op het moment dat je bij de groep kwam. Kijk even rond: wie was er het eerst, wie kwam er later bij? Vaak weten mensen dat niet van elkaar.',
      en: 'Each of you puts a card with your name in the "order of joining" lane, at the moment you joined the group. Look around: who was there first, who came later? People often do not know this about each other.',
    },
    suggestedMinutes: 15,
  },
  {
    id: 'anekdotes',
    title: { nl: 'Anekdotes uitwisselen', en: 'Exchange anecdotes' },
    guidance: {
      nl: 'Vertel elkaar in groepjes van drie of vier welke gebeurtenissen in jullie geschiedenis niet mogen ontbreken. Schrijf elk verhaal op een anekdotekaart: de datum of periode, een korte titel en het verhaal.',
      en: 'In groups of three or four, tell each other which events must not be missing from your history. Write each story on an anecdote card: the date or period, a short title and the story.',
    },
    suggestedMinutes: 25,
  },
  {
    id: 'tijdbalk',
    title: { nl: 'Op de tijdbalk', en: 'On the timeline' },
    guidance: {
      nl: 'Zet alle anekdotes op hun moment op de tijdbalk en vertel het verhaal dat erbij hoort. Luister en vraag door; niemand hoeft iets op te lossen, te beoordelen of te adviseren.',
      en: 'Put every anecdote at its moment on the timeline and tell the story that goes with it. Listen and ask on; nobody needs to solve, judge or advise.',
    },
    suggestedMinutes: 45,
  },
  {
    id: 'reflectie',
    title: { nl: 'Reflectie', en: 'Reflection' },
    guidance: {
      nl: 'Kijk samen naar de hele lijn en bespreek de vragen. Schrijf jullie antwoorden op kaartjes in het reflectievak.',
      en: 'Look at the whole line together and discuss the questions. Write your answers on cards in the reflection area.',
    },
    suggestedMinutes: 25,
    showsReflection: true,
  },
];

export const REFLECTION: readonly Localized[] = [
  { nl: 'Wat leren we van onze geschiedenis?', en: 'What do we learn from our history?' },
  {
    nl: 'Welke lijnen en patronen zien we steeds terugkomen?',
    en: 'Which lines and patterns do we see coming back?',
  },
  {
    nl: 'Wat is er nu aan de orde: wat wordt onze volgende stap?',
    en: 'What is called for now: what will our next step be?',
  },
];

export const ZONE_LABELS = {
  tijdbalk: { nl: 'Tijdbalk', en: 'Timeline' },
  toetreding: { nl: 'Volgorde van toetreding', en: 'Order of joining' },
} satisfies Record<string, Localized>;

export const HARVEST_LABELS = {
  ...COMMON_HARVEST_LABELS,
  anekdotes: { nl: 'Anekdotes', en: 'Anecdotes' },
  toetreding: { nl: 'Volgorde van toetreding', en: 'Order of joining' },
  datum: { nl: 'Datum', en: 'Date' },
  titel: { nl: 'Titel', en: 'Title' },
  verhaal: { nl: 'Verhaal', en: 'Story' },
  volgorde: { nl: 'Volgorde', en: 'Order' },
  naam: { nl: 'Naam', en: 'Name' },
  doel: { nl: 'Doel', en: 'Purpose' },
} satisfies Record<string, Localized>;
