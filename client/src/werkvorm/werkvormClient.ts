/**
 * What a werkvorm adds to the client beyond its definition in `@werkbord/shared`, registered next
 * to it (`werkvormen/<id>/`, one line in `werkvormen/registry.ts`). Every member is optional: a
 * werkvorm that needs nothing of its own registers `{}` and gets the generic runtime (background,
 * cards, tidying, "Ga naar", steps). Code outside a werkvorm's folder asks the running werkvorm's
 * entry (`useWerkvormStore`'s `client`) instead of testing its id or the shape of its layout.
 */
import type { Bounds, CardKind, Layout, Werkvorm } from '@werkbord/shared';
import type { ComponentType } from 'react';
import type { Editor } from 'tldraw';

/** A circle in page space. */
export interface Circle {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
}

export interface WerkvormClient {
  /**
   * Editor side effects while a board of this werkvorm is open (the historielijn's date ↔ place
   * sync); `onMoved` asks for tidying after cards it moved. Returns the removal.
   */
  canvasEffects?(editor: Editor, onMoved: () => void): () => void;
  /** Props a new card of `kind` gets from where it is made (an anekdote's date on the tijdbalk). */
  newCardProps?(
    kind: CardKind,
    bounds: Bounds,
    werkvorm: Werkvorm,
    layout: Layout,
  ): Record<string, unknown>;
  /** The circle a relation may end in, besides cards (the stakeholdermap's initiative). */
  relationCentre?(layout: Layout): Circle | null;
  /** A button beside the step (the cirkel van invloed's "Teamoverzicht")… */
  StepAction?: ComponentType;
  /** …and the side panel beside the canvas it opens. */
  SidePanel?: ComponentType;
}

/** The entry of a werkvorm that adds nothing of its own. */
export const GENERIC_CLIENT: WerkvormClient = Object.freeze({});
