/**
 * The board's scale charts and rondes, live: the werkvorm's own harvest of the cards on the
 * canvas, recomputed whenever a marker moves (a tldraw computed) but re-rendering only when a
 * chart actually changes, not at every frame of a drag.
 */
import type { HarvestChart, Markers } from '@werkbord/shared';
import { useMemo } from 'react';
import { computed, useValue, type Editor } from 'tldraw';
import { boardCardsFromEditor } from '../canvas/editorCards';
import { sameValue } from '../sameValue';
import { useWerkvormStore } from '../werkvormStore';

export interface ScaleView {
  charts: readonly HarvestChart[];
  rondes: readonly Markers.Ronde[];
  /** Markers standing on the board now. */
  standing: number;
}

const NOTHING: ScaleView = { charts: [], rondes: [], standing: 0 };

/** The rondes in the settings of a board with scales (none otherwise). */
export function rondesOf(settings: unknown): Markers.Ronde[] {
  const rondes = (settings as { rondes?: unknown } | null)?.rondes;
  return Array.isArray(rondes) ? (rondes as Markers.Ronde[]) : [];
}

export function useScaleCharts(editor: Editor | null): ScaleView {
  const werkvorm = useWerkvormStore((state) => state.werkvorm);
  const settings = useWerkvormStore((state) => state.settings);
  const $view = useMemo(
    () =>
      computed(
        'werkbord scale charts',
        (): ScaleView => {
          if (!editor) return NOTHING;
          const cards = boardCardsFromEditor(editor);
          const harvest = werkvorm.harvest(cards, [], settings);
          return {
            charts: harvest.charts ?? [],
            rondes: rondesOf(settings),
            standing: cards.filter((card) => card.kind === 'markering').length,
          };
        },
        { isEqual: sameValue },
      ),
    [editor, werkvorm, settings],
  );
  return useValue($view);
}
