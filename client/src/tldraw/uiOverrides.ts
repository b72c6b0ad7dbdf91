import type { TLUiOverrides } from 'tldraw';
import { CARD_TOOL_TRANSLATIONS, withCardTools } from '../shapes/cardTools';

/**
 * Corrections to tldraw's Dutch texts, in the vocabulary of werkvormen: tldraw calls a sticky
 * note "Opmerking" (a remark); on a Werkbord it is a "Notitie".
 */
export const UI_OVERRIDES: TLUiOverrides = {
  tools: (editor, tools) => withCardTools(editor, tools),
  translations: {
    nl: { 'tool.note': 'Notitie', ...CARD_TOOL_TRANSLATIONS.nl },
    en: { ...CARD_TOOL_TRANSLATIONS.en },
  },
};
