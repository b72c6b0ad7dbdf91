/**
 * Texts of the 2x2 vragen (`002:3635-3667`): four questions that prepare, and then carry, a
 * conversation with an important client, supporter or partner: belang, resultaat, condities en
 * competenties, actie.
 */
import type { Localized } from '../../i18n.js';
import { COMMON_HARVEST_LABELS } from '../Harvest.js';
import type { Step } from '../Werkvorm.js';
import type { ZoneTexts } from '../zoneBoard.js';

export const NAME: Localized = { nl: '2x2 vragen', en: '2x2 questions' };

export const DESCRIPTION: Localized = {
  nl: 'Bereid een gesprek met een opdrachtgever, ondersteuner of partner voor met vier vragen: waarom is het belangrijk, wat is het resultaat, wat is ervoor nodig en wat doen we als eerste?',
  en: 'Prepare a conversation with a client, supporter or partner with four questions: why does it matter, what is the result, what does it take, and what do we do first?',
};

export const QUESTION_IDS = ['belang', 'resultaat', 'condities', 'actie'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const QUESTIONS: Record<QuestionId, ZoneTexts> = {
  belang: {
    label: { nl: '1. Belang', en: '1. Importance' },
    hint: { nl: 'Wat maakt wat je wilt belangrijk?', en: 'What makes what you want important?' },
    short: { nl: 'belang', en: 'importance' },
  },
  resultaat: {
    label: { nl: '2. Resultaat', en: '2. Result' },
    hint: {
      nl: 'Wat zie je gebeuren als echt lukt wat je wilt?',
      en: 'What do you see happen when what you want really works?',
    },
    short: { nl: 'resultaat', en: 'result' },
  },
  condities: {
    label: { nl: '3. Condities en competenties', en: '3. Conditions and competences' },
    hint: {
      nl: 'Wat is er nodig, en wat moet je kunnen om te slagen?',
      en: 'What does it take, and what must you be able to do to succeed?',
    },
    short: { nl: 'condities en competenties', en: 'conditions and competences' },
  },
  actie: {
    label: { nl: '4. Actie', en: '4. Action' },
    hint: {
      nl: 'Wat doe je als eerste, wat als tweede? Wat spreek je af?',
      en: 'What do you do first, what second? What do you agree on?',
    },
    short: { nl: 'actie', en: 'action' },
  },
};

export const STEPS: readonly Step[] = [
  {
    id: 'gesprek',
    title: { nl: 'Het gesprek', en: 'The conversation' },
    guidance: {
      nl: 'Welk gesprek bereiden jullie voor, en met wie: een opdrachtgever, een ondersteuner of een partner? De begeleider zet de gesprekspartner en het thema bovenaan het bord.',
      en: 'Which conversation are you preparing, and with whom: a client, a supporter or a partner? The facilitator puts the conversation partner and the theme at the top of the board.',
    },
    suggestedMinutes: 5,
  },
  {
    id: 'belang',
    title: { nl: 'Belang', en: 'Importance' },
    guidance: {
      nl: 'Waarom draait het? Schrijf op wat wat je wilt belangrijk maakt. De redenen mogen divers zijn; samen geven ze het gesprek focus.',
      en: 'What is it about? Write down what makes what you want important. The reasons may differ; together they give the conversation focus.',
    },
    suggestedMinutes: 10,
  },
  {
    id: 'resultaat',
    title: { nl: 'Resultaat', en: 'Result' },
    guidance: {
      nl: 'Ontwerp de eindsituatie: wat zie je gebeuren als echt lukt wat je wilt? Een of twee kritische voorbeeldsituaties laten zien waar het echt op aankomt.',
      en: 'Design the end situation: what do you see happen when what you want really works? One or two critical example situations show what it really comes down to.',
    },
    suggestedMinutes: 10,
  },
  {
    id: 'condities',
    title: { nl: 'Condities en competenties', en: 'Conditions and competences' },
    guidance: {
      nl: 'Wat is er nodig om dat resultaat te halen, en wat moet je kunnen? Wie heeft dat in huis? Zo weet je wie je uitnodigt om mee te doen.',
      en: 'What does it take to reach that result, and what must you be able to do? Who has that in house? Then you know whom to invite to join in.',
    },
    suggestedMinutes: 10,
  },
  {
    id: 'actie',
    title: { nl: 'Actie', en: 'Action' },
    guidance: {
      nl: 'Wat is de eerste stap, en wat de tweede? Zet de eerste actie bovenaan in het vak en schrijf de afspraken erbij.',
      en: 'What is the first step, and what the second? Put the first action at the top of the area and write the agreements with it.',
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
    nl: 'Waar komt het in het gesprek echt op aan?',
    en: 'What does the conversation really come down to?',
  },
  {
    nl: 'Wie hebben we nodig, en wie nodigen we uit om mee te doen?',
    en: 'Whom do we need, and whom do we invite to join in?',
  },
  {
    nl: 'Welke afspraken maken we, en wanneer kijken we terug?',
    en: 'What do we agree on, and when do we look back?',
  },
];

export const PARTNER_LABEL: Localized = { nl: 'Gesprekspartner', en: 'Conversation partner' };

/** "Gesprek met de wethouder", above the questions. */
export function partnerText(partner: string): Localized | null {
  const name = partner.trim();
  return name ? { nl: `Gesprek met ${name}`, en: `Conversation with ${name}` } : null;
}

export const HARVEST_LABELS = {
  ...COMMON_HARVEST_LABELS,
  vragen: { nl: '2x2 vragen', en: '2x2 questions' },
  vraag: { nl: 'Vraag', en: 'Question' },
} satisfies Record<string, Localized>;
