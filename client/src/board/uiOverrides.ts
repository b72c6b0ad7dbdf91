import type { TLUiOverrides } from 'tldraw';
import { CARD_TOOL_TRANSLATIONS, withCardTools } from '../shapes/cardTools';
import {
  RELATIE_TRANSLATIONS,
  withRelatieActions,
  withRelatieTool,
} from '../shapes/relatie/relatieUi';
import { TLDRAW_DUTCH } from '../tldraw/tldrawDutch';

/**
 * The card and relation tools and actions, and the texts of tldraw's UI: our tools' names, and
 * corrections to tldraw's Dutch (`tldrawDutch.ts`). Which tools the toolbar offers is decided
 * after this (`toolbar/useToolbarOverrides.ts`).
 */
export const UI_OVERRIDES: TLUiOverrides = {
  tools: (editor, tools) => withRelatieTool(editor, withCardTools(editor, tools)),
  actions: (editor, actions) => withRelatieActions(editor, actions),
  translations: {
    nl: { ...TLDRAW_DUTCH, ...CARD_TOOL_TRANSLATIONS.nl, ...RELATIE_TRANSLATIONS.nl },
    en: { ...CARD_TOOL_TRANSLATIONS.en, ...RELATIE_TRANSLATIONS.en },
  },
};
