/**
 * The card tools as tldraw UI items (label, icon, what selecting does), and their labels in
 * tldraw's translation tables, taken from our own texts so there is one source for them.
 */
import { CardKind } from '@werkbord/shared';
import type { Editor, TLUiToolsContextType } from 'tldraw';
import { en } from '../../i18n/en';
import { nl } from '../../i18n/nl';
import { CARD_KINDS } from '../cardKinds';
import { CARD_SHAPE_TYPE } from './cardShapes';

const KINDS = Object.values(CardKind);

/** Our text of each card tool's name. */
export const CARD_TOOL_LABEL = Object.fromEntries(
  KINDS.map((kind) => [kind, CARD_KINDS[kind].label]),
) as Record<CardKind, keyof typeof nl>;

/** tldraw's translation key of a card tool's label. */
function toolLabelKey(kind: CardKind): string {
  return `tool.${CARD_SHAPE_TYPE[kind]}`;
}

/** For `TLUiOverrides.translations`. */
export const CARD_TOOL_TRANSLATIONS = {
  nl: Object.fromEntries(KINDS.map((kind) => [toolLabelKey(kind), nl[CARD_TOOL_LABEL[kind]]])),
  en: Object.fromEntries(KINDS.map((kind) => [toolLabelKey(kind), en[CARD_TOOL_LABEL[kind]]])),
};

/** For `TLUiOverrides.tools`: tldraw's tools plus one item per card kind. */
export function withCardTools(editor: Editor, tools: TLUiToolsContextType): TLUiToolsContextType {
  const next = { ...tools };
  for (const kind of KINDS) {
    const id = CARD_SHAPE_TYPE[kind];
    next[id] = {
      id,
      label: toolLabelKey(kind),
      icon: CARD_KINDS[kind].icon,
      onSelect: () => editor.setCurrentTool(id),
    };
  }
  return next;
}
