/**
 * Texts of meerdere stemmen (`002:3668-3708`): before a plan lands in the organisation, the group
 * puts itself in the shoes of the dwarskijkers, dromers, waarschuwers and enthousiastelingen, and
 * then designs how to weigh those voices and who is needed for a decision that is carried.
 */
import type { Localized } from '../../i18n.js';
import { COMMON_HARVEST_LABELS } from '../Harvest.js';
import type { Step } from '../Werkvorm.js';
import type { ZoneTexts } from '../zoneBoard.js';

export const NAME: Localized = { nl: 'Meerdere stemmen', en: 'Several voices' };

export const DESCRIPTION: Localized = {
  nl: 'Maak ruimte voor andere stemmen voordat een plan landt: wat zouden dwarskijkers, dromers, waarschuwers en enthousiastelingen ervan vinden, en hoe komen jullie tot een gedragen besluit?',
  en: 'Make room for other voices before a plan lands: what would contrarians, dreamers, warners and enthusiasts think of it, and how do you reach a decision that is carried?',
};

export const VOICE_IDS = ['dwarskijkers', 'dromers', 'waarschuwers', 'enthousiastelingen'] as const;
export type VoiceId = (typeof VOICE_IDS)[number];
export const VERVOLG_ZONE_ID = 'vervolg';

export const VOICES: Record<VoiceId, ZoneTexts> = {
  dwarskijkers: {
    label: { nl: 'Dwarskijkers', en: 'Contrarians' },
    hint: {
      nl: 'Wat zien zij anders? Welke vragen stellen ze?',
      en: 'What do they see differently? What do they ask?',
    },
    short: { nl: 'dwarskijkers', en: 'contrarians' },
  },
  dromers: {
    label: { nl: 'Dromers', en: 'Dreamers' },
    hint: {
      nl: 'Wat zien zij voor zich als het echt lukt?',
      en: 'What do they picture when it really works?',
    },
    short: { nl: 'dromers', en: 'dreamers' },
  },
  waarschuwers: {
    label: { nl: 'Waarschuwers', en: 'Warners' },
    hint: {
      nl: 'Welke risico’s en valkuilen zien zij?',
      en: 'Which risks and pitfalls do they see?',
    },
    short: { nl: 'waarschuwers', en: 'warners' },
  },
  enthousiastelingen: {
    label: { nl: 'Enthousiastelingen', en: 'Enthusiasts' },
    hint: {
      nl: 'Waar worden zij blij van? Wat willen ze meteen?',
      en: 'What makes them happy? What do they want right away?',
    },
    short: { nl: 'enthousiastelingen', en: 'enthusiasts' },
  },
};

export const VERVOLG: ZoneTexts = {
  label: { nl: 'Proces en draagvlak', en: 'Process and support' },
  hint: {
    nl: 'Hoe wegen we de stemmen? Wie hebben we nodig?',
    en: 'How do we weigh the voices? Whom do we need?',
  },
  short: { nl: 'proces en draagvlak', en: 'process and support' },
};

export const STEPS: readonly Step[] = [
  {
    id: 'idee',
    title: { nl: 'Ons idee', en: 'Our idea' },
    guidance: {
      nl: 'Welk plan of idee willen jullie laten landen en inbedden? Zeg het in één zin; de begeleider zet het als thema bovenaan het bord.',
      en: 'Which plan or idea do you want to land and embed? Say it in one sentence; the facilitator puts it at the top of the board as the theme.',
    },
    suggestedMinutes: 5,
  },
  {
    id: 'stemmen',
    title: { nl: 'Leef je in in de stemmen', en: 'Put yourself in their shoes' },
    guidance: {
      nl: 'Loop de vier stemmen een voor een langs: wat zouden ze zeggen, denken, hoe reageren ze als ze van jullie idee horen? Wat is voor hen belangrijk? Maak het zo expliciet mogelijk. In een grote groep neemt ieder één rol en werkt die uit.',
      en: 'Go through the four voices one by one: what would they say, think, how would they react when they hear of your idea? What matters to them? Make it as explicit as you can. In a large group everyone takes one role and works it out.',
    },
    suggestedMinutes: 20,
  },
  {
    id: 'presenteren',
    title: { nl: 'Laat de stemmen horen', en: 'Let the voices be heard' },
    guidance: {
      nl: 'Presenteer de verschillende geluiden aan elkaar, stem voor stem. Luister eerst; het afwegen komt hierna.',
      en: 'Present the different voices to each other, one by one. Listen first; weighing comes next.',
    },
    suggestedMinutes: 15,
  },
  {
    id: 'vervolg',
    title: { nl: 'Proces en draagvlak', en: 'Process and support' },
    guidance: {
      nl: 'Welk proces ontwerpen jullie om al die stemmen af te wegen of mee te nemen? Hoe wordt een besluit of voorstel gedragen, en wie hebben jullie daarbij nodig? Soms begint het met een onderzoekend gesprek met één belangrijke dwarskijker.',
      en: 'Which process do you design to weigh all those voices or take them along? How does a decision or proposal become one that is carried, and whom do you need for it? Sometimes it starts with an exploring conversation with one important contrarian.',
    },
    suggestedMinutes: 15,
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
    nl: 'Welke stem hadden we zonder deze oefening niet gehoord?',
    en: 'Which voice would we not have heard without this exercise?',
  },
  {
    nl: 'Wat nemen we van elke stem mee in ons plan?',
    en: 'What do we take from each voice into our plan?',
  },
  {
    nl: 'Met wie gaan we als eerste in gesprek?',
    en: 'Whom do we talk to first?',
  },
];

export const HARVEST_LABELS = {
  ...COMMON_HARVEST_LABELS,
  geluiden: { nl: 'Meerdere stemmen', en: 'Several voices' },
  stem: { nl: 'Stem', en: 'Voice' },
  vervolg: { nl: 'Proces en draagvlak', en: 'Process and support' },
} satisfies Record<string, Localized>;
