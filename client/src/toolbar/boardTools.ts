/**
 * tldraw's tools and actions as one board offers them (`toolPlan.ts`): the werkvorm's card tools
 * and relation tool with digit keys, select and hand, the drawing tools only for who may draw.
 * What is not offered is taken out of tldraw's tables, so its keyboard shortcut is gone too.
 */
import { CardKind } from '@werkbord/shared';
import type { TLUiActionsContextType, TLUiToolsContextType } from 'tldraw';
import type { MessageKey } from '../i18n/nl';
import { CARD_SHAPE_TYPE } from '../shapes/card/cardShapes';
import { CARD_TOOL_LABEL } from '../shapes/card/cardToolItems';
import { RELATIE_TOOL_ID } from '../shapes/relatie/RelatieTool';
import { offeredTools, planTools, werkvormToolKeys } from './toolPlan';

/** What decides the board's tools; a new value gives tldraw new tool tables. */
export interface BoardToolsContext {
  cardKinds: readonly CardKind[];
  relations: boolean;
  /** Whether this person gets the drawing tools. */
  drawing: boolean;
}

/** The werkvorm's tools in toolbar order: its card kinds (the default first), then relations. */
export function werkvormToolIds({
  cardKinds,
  relations,
}: Pick<BoardToolsContext, 'cardKinds' | 'relations'>): string[] {
  return [
    ...cardKinds.map((kind) => CARD_SHAPE_TYPE[kind]),
    ...(relations ? [RELATIE_TOOL_ID] : []),
  ];
}

/**
 * The name of a werkvorm tool in our own texts: the toolbar shows it in words at once, while
 * tldraw's copy of it waits for tldraw's Dutch to load.
 */
export function werkvormToolLabel(toolId: string): MessageKey | null {
  if (toolId === RELATIE_TOOL_ID) return 'relatie.tool';
  const kind = Object.values(CardKind).find((k) => CARD_SHAPE_TYPE[k] === toolId);
  return kind ? CARD_TOOL_LABEL[kind] : null;
}

/**
 * For `TLUiOverrides.tools`, after the card and relation tools were added
 * (`tldraw/uiOverrides.ts`).
 */
export function boardTools(
  tools: TLUiToolsContextType,
  context: BoardToolsContext,
): TLUiToolsContextType {
  const werkvormTools = werkvormToolIds(context);
  const offered = offeredTools(planTools({ werkvormTools, drawing: context.drawing }));
  const keys = werkvormToolKeys(werkvormTools);
  const result: TLUiToolsContextType = {};
  for (const [id, tool] of Object.entries(tools)) {
    if (!offered.has(id)) continue;
    const key = keys.get(id);
    // The digit comes first: tldraw shows the first key of a list in tooltips and menus.
    result[id] = key ? { ...tool, kbd: tool.kbd ? `${key},${tool.kbd}` : key } : tool;
  }
  return result;
}

/** Actions that would bring a tool back that the board does not offer. */
const EMBED_ACTIONS = ['insert-embed'];
const DRAWING_ACTIONS = ['insert-media'];

/** For `TLUiOverrides.actions`: no "Insert embed" ever, no "Upload media" without drawing. */
export function boardActions(
  actions: TLUiActionsContextType,
  context: BoardToolsContext,
): TLUiActionsContextType {
  const removed = new Set([...EMBED_ACTIONS, ...(context.drawing ? [] : DRAWING_ACTIONS)]);
  return Object.fromEntries(Object.entries(actions).filter(([id]) => !removed.has(id)));
}
