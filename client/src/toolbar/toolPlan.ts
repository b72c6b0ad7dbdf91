/**
 * Which tools a board's toolbar offers, and where: the werkvorm's own tools (its card kinds and,
 * when it has them, relations) in words up front, select and hand, and tldraw's drawing tools
 * behind "Meer" — or not at all for a deelnemer when the begeleider switched drawing off. Pure
 * decisions on tool ids; `boardTools.ts` applies them to tldraw's tools, the toolbar draws them.
 */
import { Role } from '@werkbord/shared';

/** Select and hand: always there (a meekijker gets only these). */
export const NAVIGATION_TOOLS = ['select', 'hand'] as const;

/**
 * tldraw's drawing tools in the order "Meer" shows them: pens first, then lines and text, then
 * the shapes of tldraw's own toolbar. Its other shapes (pentagon, octagon, …) are not offered.
 */
export const MEER_TOOLS = [
  'draw',
  'highlight',
  'eraser',
  'laser',
  'arrow',
  'line',
  'text',
  'note',
  'frame',
  'asset',
  'rectangle',
  'ellipse',
  'triangle',
  'diamond',
  'hexagon',
  'oval',
  'rhombus',
  'star',
  'cloud',
  'heart',
  'x-box',
  'check-box',
  'arrow-left',
  'arrow-up',
  'arrow-down',
  'arrow-right',
] as const;

/** Most werkvorm tools that get a digit as their key (1 … 9). */
const MAX_DIGIT_KEYS = 9;

export interface ToolPlanInput {
  /** The werkvorm's tools in toolbar order (its card kinds' tools, then relations'). */
  werkvormTools: readonly string[];
  /** Whether this person gets the drawing tools ("Meer"). */
  drawing: boolean;
}

export interface ToolPlan {
  /** Labelled in words, up front. */
  werkvorm: readonly string[];
  navigation: readonly string[];
  /** Behind "Meer"; empty when drawing is off. */
  meer: readonly string[];
}

export function planTools({ werkvormTools, drawing }: ToolPlanInput): ToolPlan {
  return {
    werkvorm: [...werkvormTools],
    navigation: [...NAVIGATION_TOOLS],
    meer: drawing ? [...MEER_TOOLS] : [],
  };
}

/**
 * Every tool id the board offers. A tool not in here is taken out of tldraw's tools altogether,
 * so neither a button nor its keyboard shortcut reaches it (embed among them: an embed would
 * load another host's page, which the board promises never to do).
 */
export function offeredTools(plan: ToolPlan): ReadonlySet<string> {
  return new Set([...plan.werkvorm, ...plan.navigation, ...plan.meer]);
}

/**
 * The keys of the werkvorm's tools: 1, 2, 3… in toolbar order, as tldraw's own toolbar numbers
 * its buttons. No tldraw tool or action uses a plain digit.
 */
export function werkvormToolKeys(werkvormTools: readonly string[]): Map<string, string> {
  return new Map(
    werkvormTools.slice(0, MAX_DIGIT_KEYS).map((id, index) => [id, String(index + 1)] as const),
  );
}

/**
 * Whether this person gets the drawing tools: the begeleider always, a deelnemer unless the
 * begeleider switched drawing off, a meekijker never (they cannot change the board at all).
 */
export function drawingAllowed(role: Role, participantDrawingOff: boolean): boolean {
  switch (role) {
    case Role.Facilitator:
      return true;
    case Role.Participant:
      return !participantDrawingOff;
    case Role.Viewer:
      return false;
  }
}
