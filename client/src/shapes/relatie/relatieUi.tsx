/**
 * The relation tool, the "Verbind" action and the strength actions as tldraw UI items (so their
 * keys work), with their labels in tldraw's translation tables taken from our own texts; and what
 * the relations draw in front of the canvas. For `tldraw/uiOverrides.ts` and
 * `board/BoardCanvas.tsx`; the card toolbar shows the tool only when the werkvorm has relations.
 */
import { RELATION_STRENGTH_LABELS, RelationStrength } from '@werkbord/shared';
import type { Editor, TLUiActionsContextType, TLUiToolsContextType } from 'tldraw';
import { en } from '../../i18n/en';
import { nl } from '../../i18n/nl';
import { relationsEnabled } from './relatieCentre';
import { connectSelected, isRelatie, setRelatieStrength } from './relatieEditor';
import { RELATIE_TOOL_KEY, STRENGTH_KEYS, VERBIND_KEY } from './relatieKeys';
import { RelatiePanel } from './RelatiePanel';
import { RelatiePreview } from './RelatiePreview';
import { RELATIE_TOOL_ID, RelatieTool } from './RelatieTool';

export { RELATIE_TOOL_ID, RelatieTool };

export const RELATIE_TOOLS = [RelatieTool];

export const VERBIND_ACTION_ID = 'werkbord-relatie-verbind';

const STRENGTHS = Object.values(RelationStrength);
const strengthActionId = (strength: RelationStrength) => `werkbord-relatie-${strength}`;

/** The relation actions with a key, for the keyboard shortcuts dialog. */
export const RELATIE_ACTION_IDS = [VERBIND_ACTION_ID, ...STRENGTHS.map(strengthActionId)];

const TOOL_LABEL = `tool.${RELATIE_TOOL_ID}`;
const ACTION_LABEL = `action.${VERBIND_ACTION_ID}`;
const strengthLabel = (strength: RelationStrength) => `action.${strengthActionId(strength)}`;

function translations(language: 'nl' | 'en', texts: typeof nl | typeof en) {
  return {
    [TOOL_LABEL]: texts['relatie.tool'],
    [ACTION_LABEL]: texts['relatie.verbind'],
    ...Object.fromEntries(
      STRENGTHS.map((strength) => [
        strengthLabel(strength),
        `${texts['relatie.tool']}: ${RELATION_STRENGTH_LABELS[strength][language]}`,
      ]),
    ),
  };
}

/** For `TLUiOverrides.translations`. */
export const RELATIE_TRANSLATIONS = { nl: translations('nl', nl), en: translations('en', en) };

/** Two cards joined by a line. */
const RELATIE_ICON = (
  <div className="werkbord-relatie-icon" aria-hidden="true">
    <svg viewBox="0 0 30 30" width="18" height="18" fill="none" stroke="currentColor">
      <rect x="3" y="4" width="9" height="7" rx="1.5" strokeWidth="2" />
      <rect x="18" y="19" width="9" height="7" rx="1.5" strokeWidth="2" />
      <line x1="10" y1="11" x2="20" y2="19" strokeWidth="3" strokeLinecap="round" />
    </svg>
  </div>
);

/** For `TLUiOverrides.tools`. */
export function withRelatieTool(editor: Editor, tools: TLUiToolsContextType): TLUiToolsContextType {
  return {
    ...tools,
    [RELATIE_TOOL_ID]: {
      id: RELATIE_TOOL_ID,
      label: TOOL_LABEL,
      icon: RELATIE_ICON,
      kbd: RELATIE_TOOL_KEY,
      onSelect: () => {
        if (relationsEnabled()) editor.setCurrentTool(RELATIE_TOOL_ID);
      },
    },
  };
}

/** For `TLUiOverrides.actions`: "Verbind", and one action per strength for the selected relations. */
export function withRelatieActions(
  editor: Editor,
  actions: TLUiActionsContextType,
): TLUiActionsContextType {
  const next: TLUiActionsContextType = {
    ...actions,
    [VERBIND_ACTION_ID]: {
      id: VERBIND_ACTION_ID,
      label: ACTION_LABEL,
      kbd: VERBIND_KEY,
      onSelect: () => {
        connectSelected(editor);
      },
    },
  };
  for (const strength of STRENGTHS) {
    next[strengthActionId(strength)] = {
      id: strengthActionId(strength),
      label: strengthLabel(strength),
      kbd: STRENGTH_KEYS[strength].kbd,
      onSelect: () => {
        const relations = editor.getSelectedShapes().filter(isRelatie);
        setRelatieStrength(
          editor,
          relations.map((shape) => shape.id),
          strength,
        );
      },
    };
  }
  return next;
}

/** For tldraw's `InFrontOfTheCanvas` slot: the tool's preview and the contextual panel. */
export function RelatieInFront() {
  return (
    <>
      <RelatiePreview />
      <RelatiePanel />
    </>
  );
}
