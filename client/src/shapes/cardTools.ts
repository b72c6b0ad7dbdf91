/**
 * The card tools, for the editor UI (`board/BoardCanvas.tsx`, `board/uiOverrides.ts`), from the
 * card kinds (`cardKinds.ts`); the toolbar that shows them is `toolbar/WerkbordToolbar.tsx`.
 */
import { CARD_KINDS } from './cardKinds';

export { CARD_TOOL_LABEL, CARD_TOOL_TRANSLATIONS, withCardTools } from './card/cardToolItems';

export const CARD_TOOLS = Object.values(CARD_KINDS).map((kind) => kind.tool);
