/**
 * Texts of the schaalvraag, after the werkboek (`002:3138-3181`): a scale from 0 to 10 where 10 is
 * the situation as the group wants it, what already worked, earlier successes, one step higher,
 * the next step. The reflection prompts are ours, in the method's solution-focused spirit.
 */
import type { Localized } from '../../i18n.js';
import { COMMON_HARVEST_LABELS } from '../Harvest.js';
import type { Step } from '../Werkvorm.js';

export const NAME: Localized = { nl: 'Schaalvraag', en: 'Scaling question' };

export const DESCRIPTION: Localized = {
  nl: 'Iedereen zet een eigen markering op een schaal van 0 tot 10, waar 10 de situatie is die jullie willen. Van daaruit: wat is al gelukt, wat werkte eerder, en wat is één stapje hoger? Een volgende keer zien jullie wat er veranderd is.',
  en: 'Everyone places their own marker on a scale from 0 to 10, where 10 is the situation you want. From there: what already worked, what worked before, and what is one step higher? Next time you see what has changed.',
};

export const STEPS: readonly Step[] = [
  {
    id: 'schaal',
    title: { nl: 'De schaal', en: 'The scale' },
    guidance: {
      nl: 'Stel je een schaal voor van 0 tot 10. De 10 is de situatie zoals jullie willen dat die wordt; de 0 is de situatie waarin daar nog niets van bereikt is. Spreek samen af waar de 10 voor staat.',
      en: 'Imagine a scale from 0 to 10. The 10 is the situation as you want it to become; the 0 is the situation in which none of it has been reached yet. Agree together on what the 10 stands for.',
    },
    suggestedMinutes: 5,
  },
  {
    id: 'nu',
    title: { nl: 'Waar staan we nu?', en: 'Where are we now?' },
    guidance: {
      nl: 'Zet je eigen markering op de schaal: waar staat jullie initiatief nu? Kies "Markering" en klik op de schaal; schuif hem tot hij goed staat. Kijk daarna samen: wat valt op?',
      en: 'Place your own marker on the scale: where does your initiative stand now? Choose "Marker" and click on the scale; slide it until it is right. Then look together: what stands out?',
    },
    suggestedMinutes: 10,
  },
  {
    id: 'gelukt',
    title: { nl: 'Wat is al gelukt?', en: 'What has already worked?' },
    guidance: {
      nl: 'Wat zit er al tussen de 0 en jullie plek op de schaal? Hoe is het gelukt om hier te komen, wat heeft geholpen, wat werkte vooral goed? Eén antwoord per kaartje.',
      en: 'What already lies between the 0 and your place on the scale? How did you get here, what helped, what worked especially well? One answer per card.',
    },
    suggestedMinutes: 15,
  },
  {
    id: 'successen',
    title: { nl: 'Eerdere successen', en: 'Earlier successes' },
    guidance: {
      nl: 'Zoek een moment in het (liefst recente) verleden waarop jullie al wat hoger op de schaal stonden. Wat was er toen anders? Wat werkte er toen goed?',
      en: 'Find a moment in the (preferably recent) past when you stood a bit higher on the scale. What was different then? What worked well then?',
    },
    suggestedMinutes: 10,
  },
  {
    id: 'stapje-hoger',
    title: { nl: 'Eén stapje hoger', en: 'One step higher' },
    guidance: {
      nl: 'Beschrijf samen hoe het eruitziet als jullie één stapje hoger op de schaal staan. Waaraan merk je dat? Wat is er dan anders?',
      en: 'Describe together what it looks like when you stand one step higher on the scale. How would you notice? What is different then?',
    },
    suggestedMinutes: 15,
  },
  {
    id: 'volgende-stap',
    title: { nl: 'Volgende stap', en: 'Next step' },
    guidance: {
      nl: 'Welk stapje omhoog kunnen jullie zetten? Hoe ziet dat stapje eruit, en wie doet wat? Zet aan het eind de markeringen vast, zodat jullie een volgende keer zien wat er veranderd is.',
      en: 'Which step up can you take? What does that step look like, and who does what? At the end, fix the markers, so next time you can see what has changed.',
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
    nl: 'Waar staan we dicht bij elkaar op de schaal, en waar ver uiteen?',
    en: 'Where do we stand close together on the scale, and where far apart?',
  },
  {
    nl: 'Wat maakt dat we niet lager staan dan we staan?',
    en: 'What makes us stand no lower than we do?',
  },
  {
    nl: 'Wat is het kleinste volgende stapje, en wanneer kijken we opnieuw waar we staan?',
    en: 'What is the smallest next step, and when do we look again at where we stand?',
  },
];

/** The scale's title and the words at its ends (the 10 is the `doel` setting when it is given). */
export const SCALE_TEXTS = {
  title: { nl: 'Waar staan we nu?', en: 'Where are we now?' },
  min: { nl: 'nog niets bereikt van wat we willen', en: 'nothing reached yet of what we want' },
  max: { nl: 'de situatie zoals we die willen', en: 'the situation as we want it' },
} satisfies Record<string, Localized>;

/** Below the scale before any ronde was fixed, and above the ronde that is. */
export const COMPARED_TEXTS = {
  none: {
    nl: 'Zet de begeleider de markeringen vast, dan staat die ronde hier, vaag, om de volgende keer mee te vergelijken.',
    en: 'When the facilitator fixes the markers, that round shows here, faded, to compare with next time.',
  },
  previous: { nl: 'Vorige ronde', en: 'Previous round' },
  nobody: { nl: 'niemand', en: 'nobody' },
} satisfies Record<string, Localized>;

/** The four questions the group answers on cards, each a column. */
export const QUESTION_TEXTS = {
  gelukt: {
    label: { nl: 'Wat is al gelukt?', en: 'What has already worked?' },
    hint: { nl: 'Wat heeft ons hier gebracht?', en: 'What brought us here?' },
    short: { nl: 'al gelukt', en: 'already worked' },
  },
  successen: {
    label: { nl: 'Eerdere successen', en: 'Earlier successes' },
    hint: {
      nl: 'Toen we hoger stonden: wat was anders?',
      en: 'When we stood higher: what was different?',
    },
    short: { nl: 'eerder succes', en: 'earlier success' },
  },
  'stapje-hoger': {
    label: { nl: 'Eén stapje hoger ziet eruit als…', en: 'One step higher looks like…' },
    hint: { nl: 'Waaraan merken we dat?', en: 'How would we notice?' },
    short: { nl: 'stapje hoger', en: 'step higher' },
  },
  'volgende-stap': {
    label: { nl: 'Volgende stap', en: 'Next step' },
    hint: {
      nl: 'Welk stapje zetten we, en wie doet wat?',
      en: 'Which step do we take, and who does what?',
    },
    short: { nl: 'volgende stap', en: 'next step' },
  },
} satisfies Record<string, Record<'label' | 'hint' | 'short', Localized>>;

export const HARVEST_LABELS = {
  ...COMMON_HARVEST_LABELS,
  vragen: { nl: 'Kaarten per vraag', en: 'Cards per question' },
  vraag: { nl: 'Vraag', en: 'Question' },
} satisfies Record<string, Localized>;
