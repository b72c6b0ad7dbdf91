import { useMemo } from 'react';
import { useValue, type Editor } from 'tldraw';
import { boardCardsFromEditor } from '../canvas/editorCards';
import { useWerkvormStore } from '../werkvormStore';
import { chartKey, teamChartRows, type TeamChartRow } from './teamChart';

/**
 * The team chart's rows, live: recounted whenever a card moves or changes (tldraw's reactive
 * `useValue`), but re-rendering only when a count or a name actually changes, not at every frame
 * of a drag.
 */
export function useTeamChart(editor: Editor | null): TeamChartRow[] {
  const werkvorm = useWerkvormStore((state) => state.werkvorm);
  const layout = useWerkvormStore((state) => state.layout);
  const key = useValue(
    'werkbord team chart',
    () => {
      const cards = editor ? boardCardsFromEditor(editor) : [];
      return chartKey(teamChartRows(werkvorm, layout, cards));
    },
    [editor, werkvorm, layout],
  );
  return useMemo(() => JSON.parse(key) as TeamChartRow[], [key]);
}
