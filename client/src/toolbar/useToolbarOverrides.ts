/**
 * The board's tool tables as a tldraw override that follows the werkvorm and the drawing switch:
 * tldraw builds its tools (and their keyboard shortcuts) once per overrides object, so a new
 * object is made exactly when what decides them changes.
 */
import { useMemo } from 'react';
import type { TLUiOverrides } from 'tldraw';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { boardActions, boardTools, type BoardToolsContext } from './boardTools';
import { useMayDraw } from './drawingPolicy';
import { WERKVORM_SHORTCUTS_LABEL } from './WerkbordShortcutsDialog';

/** The title of the werkvorm's group in the keyboard shortcuts dialog. */
const TRANSLATIONS = {
  nl: { [WERKVORM_SHORTCUTS_LABEL]: nl['toolbar.shortcuts'] },
  en: { [WERKVORM_SHORTCUTS_LABEL]: en['toolbar.shortcuts'] },
};

export function toolbarOverrides(context: BoardToolsContext): TLUiOverrides {
  return {
    tools: (_editor, tools) => boardTools(tools, context),
    actions: (_editor, actions) => boardActions(actions, context),
    translations: TRANSLATIONS,
  };
}

/** Goes after the overrides that add the card and relation tools. */
export function useToolbarOverrides(): TLUiOverrides {
  const cardKinds = useWerkvormStore((state) => state.werkvorm.cardKinds);
  const relations = useWerkvormStore((state) => state.werkvorm.relations);
  const drawing = useMayDraw();
  return useMemo(
    () => toolbarOverrides({ cardKinds, relations, drawing }),
    [cardKinds, relations, drawing],
  );
}
