/**
 * Check-in questions for the start of a rondje: short, personal, easy to answer in a sentence,
 * in the spirit of check-ins in youth work and social teams. Our own wording.
 */
import type { Language, Localized } from '@werkbord/shared';

export const CHECK_IN_QUESTIONS: readonly Localized[] = [
  {
    nl: 'Hoe kom je binnen vandaag, in één woord?',
    en: 'How are you arriving today, in one word?',
  },
  {
    nl: 'Wat neem je mee van buiten, en wat laat je even achter de deur?',
    en: 'What do you bring in from outside, and what do you leave at the door for now?',
  },
  {
    nl: 'Als je energie van vandaag een weerbericht was, wat zou het zeggen?',
    en: "If today's energy were a weather forecast, what would it say?",
  },
  {
    nl: 'Welk moment van de afgelopen week zou je nog eens willen meemaken?',
    en: 'Which moment of the past week would you like to live again?',
  },
  {
    nl: 'Waar werd je laatst blij van in je werk?',
    en: 'What made you glad in your work lately?',
  },
  {
    nl: 'Wie of wat gaf je deze week een duwtje in de goede richting?',
    en: 'Who or what gave you a nudge in the right direction this week?',
  },
  {
    nl: 'Wat heb je vandaag nodig om er goed bij te zijn?',
    en: 'What do you need today to be fully here?',
  },
  {
    nl: 'Wat hoop je dat we aan het eind van deze bijeenkomst samen bereikt hebben?',
    en: 'What do you hope we will have achieved together by the end of this meeting?',
  },
];

/**
 * The stored question in the reader's language: one of ours is shown in their language, whatever
 * language the begeleider picked it in; a typed question as it was typed.
 */
export function questionIn(question: string, language: Language): string {
  const known = CHECK_IN_QUESTIONS.find((q) => q.nl === question || q.en === question);
  return known ? known[language] : question;
}
