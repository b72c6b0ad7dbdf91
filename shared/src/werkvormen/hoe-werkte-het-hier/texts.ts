/**
 * Texts of "Hoe werkte het hier?" (`002:2613-2672`): a success story taken apart into what the
 * owner of the example did and what the context and others contributed, in the source's time
 * boxes of 5, 10, 10 and 5 minutes.
 */
import type { Localized } from '../../i18n.js';
import { COMMON_HARVEST_LABELS } from '../Harvest.js';
import type { Step } from '../Werkvorm.js';
import type { ZoneTexts } from '../zoneBoard.js';

export const NAME: Localized = { nl: 'Hoe werkte het hier?', en: 'How did it work here?' };

export const DESCRIPTION: Localized = {
  nl: 'Pluis samen een succesvoorbeeld uit: wat deed de voorbeeldeigenaar zelf, en wat droegen de context en anderen bij? Zo worden de werkzame bestanddelen van een aanpak zichtbaar.',
  en: 'Take a success story apart together: what did the owner of the example do, and what did the context and others contribute? This shows what actually makes an approach work.',
};

export const STEPS: readonly Step[] = [
  {
    id: 'voorbeeld',
    title: { nl: 'Kies een succesvoorbeeld', en: 'Choose a success story' },
    guidance: {
      nl: 'Kies samen het verhaal van één van jullie over een aanpak, product of samenwerking die goed werkte. Neem een voorbeeld waar je energie van kreeg of nieuwsgierig van werd. Eén persoon bewaakt de stappen en de tijd.',
      en: 'Together, choose the story of one of you about an approach, product or collaboration that worked well. Take an example that gave you energy or made you curious. One person keeps an eye on the steps and the time.',
    },
    suggestedMinutes: 5,
  },
  {
    id: 'reconstructie',
    title: { nl: 'Reconstructie van de ervaring', en: 'Reconstruct the experience' },
    guidance: {
      nl: 'De voorbeeldeigenaar vertelt wat er gebeurde, alsof jullie samen een film maken: wat speelde er, wie deed wat, wat was het effect? De anderen stellen verhelderingsvragen en schrijven de scènes op kaartjes in het vak van het voorbeeld.',
      en: 'The owner of the example tells what happened, as if you were making a film together: what was going on, who did what, what was the effect? The others ask clarifying questions and write the scenes on cards in the example area.',
    },
    suggestedMinutes: 10,
  },
  {
    id: 'inventarisatie',
    title: {
      nl: 'Succesfactoren en contextkenmerken',
      en: 'Success factors and features of the context',
    },
    guidance: {
      nl: 'Schrijf de succesfactoren op in twee kolommen: links de initiatieven, kwaliteiten, sterktes en acties van de voorbeeldeigenaar (ikzelf), rechts wat de context en andere personen bijdroegen. De voorbeeldeigenaar denkt mee, corrigeert en vult aan.',
      en: 'Write down the success factors in two columns: on the left the initiatives, qualities, strengths and actions of the owner of the example (myself), on the right what the context and other people contributed. The owner thinks along, corrects and adds.',
    },
    suggestedMinutes: 10,
  },
  {
    id: 'reflectie',
    title: { nl: 'Reflectie', en: 'Reflection' },
    guidance: {
      nl: 'Kijk samen naar de twee kolommen en schrijf jullie inzichten op kaartjes in het reflectievak.',
      en: 'Look at the two columns together and write your insights on cards in the reflection area.',
    },
    suggestedMinutes: 5,
    showsReflection: true,
  },
];

export const REFLECTION: readonly Localized[] = [
  {
    nl: 'Welke inzichten haal je uit dit verhaal?',
    en: 'What insights do you take from this story?',
  },
  {
    nl: 'Wat zijn principes en ingrediënten van een aanpak die werkt?',
    en: 'What are the principles and ingredients of an approach that works?',
  },
  { nl: 'Wat wil je ter harte nemen?', en: 'What do you want to take to heart?' },
];

/** The owner of the example in a hint: their name, or "de voorbeeldeigenaar". */
export function ownerName(eigenaar: string): Localized {
  const name = eigenaar.trim();
  return name ? { nl: name, en: name } : { nl: 'de voorbeeldeigenaar', en: 'the example’s owner' };
}

export function zoneTexts(eigenaar: string): Record<'voorbeeld' | 'ikzelf' | 'context', ZoneTexts> {
  const owner = ownerName(eigenaar);
  const name = eigenaar.trim();
  return {
    voorbeeld: {
      label: name
        ? { nl: `Het voorbeeld van ${name}`, en: `${name}’s example` }
        : { nl: 'Het voorbeeld', en: 'The example' },
      hint: {
        nl: 'Wat speelde er, wie deed wat, wat was het effect?',
        en: 'What was going on, who did what, what was the effect?',
      },
      short: { nl: 'voorbeeld', en: 'example' },
    },
    ikzelf: {
      label: { nl: 'Ikzelf', en: 'Myself' },
      hint: {
        nl: `Initiatieven, kwaliteiten, sterktes en acties van ${owner.nl}`,
        en: `Initiatives, qualities, strengths and actions of ${owner.en}`,
      },
      short: { nl: 'ikzelf', en: 'myself' },
    },
    context: {
      label: { nl: 'De context en anderen', en: 'The context and others' },
      hint: {
        nl: 'Kenmerken van de context en steun van andere personen',
        en: 'Features of the context and support from other people',
      },
      short: { nl: 'context en anderen', en: 'context and others' },
    },
  };
}

export const EIGENAAR_LABEL: Localized = { nl: 'Voorbeeldeigenaar', en: 'Owner of the example' };

export const HARVEST_LABELS = {
  ...COMMON_HARVEST_LABELS,
  voorbeeld: { nl: 'Het voorbeeld', en: 'The example' },
  succesfactoren: { nl: 'Succesfactoren', en: 'Success factors' },
  kolom: { nl: 'Kolom', en: 'Column' },
} satisfies Record<string, Localized>;
