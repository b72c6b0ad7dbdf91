/**
 * The card tools and their toolbar, for the editor UI (`board/BoardCanvas.tsx`,
 * `tldraw/uiOverrides.ts`). Browser only: the tools read our identity store.
 */
import type { TLComponents } from 'tldraw';
import { AnekdoteTool } from './anekdote/AnekdoteTool';
import { CardToolbar } from './card/CardToolbar';
import { KaartTool } from './kaart/KaartTool';
import { StakeholderTool } from './stakeholder/StakeholderTool';

export { CARD_TOOL_TRANSLATIONS, withCardTools } from './card/cardToolItems';
export { CardToolbar } from './card/CardToolbar';
export { AnekdoteTool, KaartTool, StakeholderTool };

export const CARD_TOOLS = [AnekdoteTool, StakeholderTool, KaartTool];

export const CARD_UI_COMPONENTS = { Toolbar: CardToolbar } satisfies TLComponents;
