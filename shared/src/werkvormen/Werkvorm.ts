import type { BoardCard, BoardRelation, CardKind } from '../cards/BoardCard.js';
import type { CardMark } from '../cards/cardMarks.js';
import type { BoardComparison, HarvestedBoard } from '../compare/BoardComparison.js';
import type { Period } from '../cards/period.js';
import type { Localized } from '../i18n.js';
import type { Harvest } from './Harvest.js';
import type { Layout, TldrawColor } from './Layout.js';
import type { SettingsSchema } from './SettingsSchema.js';

/** One step of a werkvorm, shown to everyone and advanced by the facilitator. */
export interface Step {
  id: string;
  title: Localized;
  guidance: Localized;
  suggestedMinutes: number;
  /** The facilitator may skip it. */
  optional?: boolean;
  /** This step shows the reflection prompts; the group answers in the `reflectie` zone. */
  showsReflection?: boolean;
}

/** What a card means where it lies. */
export interface Placement {
  /** The zone its centre lies in, or `null`. */
  zoneId: string | null;
  /** Shown unobtrusively on the card ("ring 2", "jubelmuur", "maart 2015"); empty for nothing. */
  label: Localized;
  /** The colour the card takes there; `null` to keep its own. */
  color: TldrawColor | null;
  /** On a time axis: the date its position means. */
  period?: Period;
  /** On a scale (a person's marker): the value its position means. */
  value?: number;
}

/** Where a card must go so it keeps its meaning (or stops overlapping). `w` only when it changes. */
export interface CardMove {
  id: string;
  x: number;
  y: number;
  w?: number;
}

/**
 * A werkvorm: a structured group exercise. Plain data and pure functions, no React and no Yjs,
 * so client, server and tests share it. `S` is its settings, `L` its layout (a `Layout` plus
 * what its own helpers need), `R` its structured harvest result.
 *
 * Members are methods (not function properties) on purpose: TypeScript then lets every
 * werkvorm sit in one `readonly Werkvorm[]` list, typed by its erased parameters.
 */
export interface Werkvorm<S = unknown, L extends Layout = Layout, R = unknown> {
  /** Stable id, used in the API and stored with every board. */
  id: string;
  name: Localized;
  /** One or two sentences for the home page. */
  description: Localized;
  /** The card kinds the toolbar offers, the first being the default. */
  cardKinds: readonly CardKind[];
  /** Whether relations (lines between cards) belong to this werkvorm. */
  relations: boolean;
  /**
   * Marks anyone may switch on a card of this board (the progressiecirkel's "laaghangend fruit"),
   * shown on the card and in the harvest; none when left out.
   */
  cardMarks?: readonly CardMark[];
  settings: SettingsSchema<S>;
  /** The background for these settings. */
  layout(settings: S): L;
  /** What a card means where it lies. */
  classify(card: BoardCard, layout: L): Placement;
  /**
   * After a settings change: the moves that keep each card's meaning in the new layout
   * (its date, ring, owner…). Cards that need not move are left out.
   */
  relayout(cards: readonly BoardCard[], oldLayout: L, newLayout: L): CardMove[];
  /** Optional tidying: moves so that cards stop covering each other, keeping their meaning. */
  arrange?(cards: readonly BoardCard[], layout: L): CardMove[];
  steps: readonly Step[];
  /** The reflection prompts, shown by the step with `showsReflection`. */
  reflection: readonly Localized[];
  /**
   * The structured result. `reflectionAnswers` are answers given outside the board; they come
   * after the cards found in the `reflectie` zone.
   */
  harvest(
    cards: readonly BoardCard[],
    relations: readonly BoardRelation[],
    settings: S,
    reflectionAnswers?: readonly string[],
  ): Harvest<R>;
  /**
   * Optional: this werkvorm's own view of two of its boards side by side (two teams), from their
   * harvests. It gets the generic comparison (cards per zone, cards on one board only, …) and
   * returns what to show: its own findings and tables first, the generic ones it keeps after.
   */
  compare?(generic: BoardComparison, a: HarvestedBoard<R>, b: HarvestedBoard<R>): BoardComparison;
}
