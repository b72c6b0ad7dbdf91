import type { TLUiOverrides } from 'tldraw';
import { CARD_TOOL_TRANSLATIONS, withCardTools } from '../shapes/cardTools';
import {
  RELATIE_TRANSLATIONS,
  withRelatieActions,
  withRelatieTool,
} from '../shapes/relatie/relatieUi';

/**
 * Corrections to tldraw's Dutch texts, in the vocabulary of werkvormen: tldraw calls a sticky
 * note "Opmerking" (a remark); on a Werkbord it is a "Notitie".
 */
export const UI_OVERRIDES: TLUiOverrides = {
  tools: (editor, tools) => withRelatieTool(editor, withCardTools(editor, tools)),
  actions: (editor, actions) => withRelatieActions(editor, actions),
  translations: {
    nl: { 'tool.note': 'Notitie', ...CARD_TOOL_TRANSLATIONS.nl, ...RELATIE_TRANSLATIONS.nl },
    en: { ...CARD_TOOL_TRANSLATIONS.en, ...RELATIE_TRANSLATIONS.en },
  },
};
