/**
 * The begeleider's writes of rondes: fixing the markers (the ronde goes into the werkvorm's
 * settings and the scale is cleared for the next placing) and removing a ronde made by mistake.
 */
import { Markers, ShapeType, type Werkvorm } from '@werkbord/shared';
import type { Editor, TLShapeId } from 'tldraw';
import type * as Y from 'yjs';
import { boardCardsFromEditor } from '../canvas/editorCards';
import { writeSettings } from '../controlState';
import { rondesOf } from './useScaleCharts';

export type FixOutcome = 'fixed' | 'full' | 'refused';

/**
 * Keeps where everyone stands as a ronde of `today` and takes every marker off the board, so the
 * group places them again next time while this ronde shows faded below the scale. The markers go
 * outside the undo history: an undo would bring back markers that are not the begeleider's, which
 * the server does not let anyone make for another.
 */
export function fixMarkers(
  editor: Editor,
  controlDoc: Y.Doc,
  werkvorm: Werkvorm,
  settings: unknown,
  today: string,
): FixOutcome {
  const layout = werkvorm.layout(settings) as Markers.ScaleLayout;
  const next = Markers.withNewRonde(
    rondesOf(settings),
    boardCardsFromEditor(editor),
    layout,
    today,
  );
  if (next === null) return 'full';
  const result = writeSettings(controlDoc, werkvorm, { ...(settings as object), rondes: next });
  if (!result.ok) return 'refused';
  const markers = editor
    .getCurrentPageShapes()
    .filter((shape) => shape.type === ShapeType.Markering)
    .map((shape) => shape.id as TLShapeId);
  editor.run(() => editor.deleteShapes(markers), { history: 'ignore' });
  return 'fixed';
}

/** Removes one ronde from the settings. */
export function removeRonde(
  controlDoc: Y.Doc,
  werkvorm: Werkvorm,
  settings: unknown,
  rondeId: string,
): void {
  const rondes = rondesOf(settings).filter((ronde) => ronde.id !== rondeId);
  writeSettings(controlDoc, werkvorm, { ...(settings as object), rondes });
}
