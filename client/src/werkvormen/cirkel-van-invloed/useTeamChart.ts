import { useMemo } from 'react';
import { computed, useValue, type Editor } from 'tldraw';
import { boardCardsFromEditor } from '../../werkvorm/canvas/editorCards';
import { useWerkvormStore } from '../../werkvorm/werkvormStore';
import { sameValue } from '../../werkvorm/sameValue';
import { teamChartRows, type TeamChartRow } from './teamChart';

/**
 * The team chart's rows, live: recounted whenever a card moves or changes (a tldraw computed),
 * but re-rendering only when a count or a name actually changes, not at every frame of a drag.
 */
export function useTeamChart(editor: Editor | null): TeamChartRow[] {
  const werkvorm = useWerkvormStore((state) => state.werkvorm);
  const layout = useWerkvormStore((state) => state.layout);
  const $rows = useMemo(
    () =>
      computed(
        'werkbord team chart',
        () => teamChartRows(werkvorm, layout, editor ? boardCardsFromEditor(editor) : []),
        { isEqual: sameValue },
      ),
    [editor, werkvorm, layout],
  );
  return useValue($rows);
}
