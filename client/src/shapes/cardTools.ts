/**
 * The card tools, for the editor UI (`board/BoardCanvas.tsx`, `tldraw/uiOverrides.ts`); the
 * toolbar that shows them is `toolbar/WerkbordToolbar.tsx`. Browser only: the tools read our
 * identity store.
 */
import { AnekdoteTool } from './anekdote/AnekdoteTool';
import { KaartTool } from './kaart/KaartTool';
import { StakeholderTool } from './stakeholder/StakeholderTool';

export { CARD_TOOL_LABEL, CARD_TOOL_TRANSLATIONS, withCardTools } from './card/cardToolItems';
export { AnekdoteTool, KaartTool, StakeholderTool };

export const CARD_TOOLS = [AnekdoteTool, StakeholderTool, KaartTool];
