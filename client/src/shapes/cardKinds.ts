/**
 * Werkbord's card kinds in the client, one entry each: the shape util that draws it, the tool that
 * creates it, and its toolbar icon and label. The store's schema (`boardShapes.ts`), the editor's
 * tools (`cardTools.ts`) and the toolbar read this table; a new card kind is its folder here and
 * one entry (plus its contract in `@werkbord/shared`).
 */
import type { CardKind } from '@werkbord/shared';
import type { TLAnyShapeUtilConstructor, TLStateNodeConstructor, TLUiIconType } from 'tldraw';
import type { nl } from '../i18n/nl';
import { AnekdoteShapeUtil } from './anekdote/AnekdoteShapeUtil';
import { AnekdoteTool } from './anekdote/AnekdoteTool';
import { KaartShapeUtil } from './kaart/KaartShapeUtil';
import { KaartTool } from './kaart/KaartTool';
import { MarkeringShapeUtil } from './markering/MarkeringShapeUtil';
import { MarkeringTool } from './markering/MarkeringTool';
import { StakeholderShapeUtil } from './stakeholder/StakeholderShapeUtil';
import { StakeholderTool } from './stakeholder/StakeholderTool';

export interface CardKindEntry {
  shapeUtil: TLAnyShapeUtilConstructor;
  tool: TLStateNodeConstructor;
  /** From tldraw's bundled set (served by our own server, see `tldraw/assetUrls.ts`). */
  icon: TLUiIconType;
  /** Our text of the tool's name. */
  label: keyof typeof nl;
}

/** In the order the toolbar offers them when a werkvorm does not say otherwise. */
export const CARD_KINDS = {
  anekdote: {
    shapeUtil: AnekdoteShapeUtil,
    tool: AnekdoteTool,
    icon: 'manual',
    label: 'card.tool.anekdote',
  },
  stakeholder: {
    shapeUtil: StakeholderShapeUtil,
    tool: StakeholderTool,
    icon: 'comment',
    label: 'card.tool.stakeholder',
  },
  kaart: { shapeUtil: KaartShapeUtil, tool: KaartTool, icon: 'edit', label: 'card.tool.kaart' },
  markering: {
    shapeUtil: MarkeringShapeUtil,
    tool: MarkeringTool,
    icon: 'geo-oval',
    label: 'card.tool.markering',
  },
} as const satisfies Record<CardKind, CardKindEntry>;
