/**
 * The markers' rules on this person's canvas, while a board with scales is open (the werkvorm's
 * canvas effects). The server enforces who may do what (`server/src/extensions/markers/`); these
 * keep the canvas from offering what it would take back:
 *
 * - another person's marker cannot be selected by a deelnemer, nor moved or changed by anyone;
 *   the begeleider may select and remove it (someone who left, a second device);
 * - a marker made here that is not mine, or a second of mine on one scale (a paste, a duplicate)
 *   is removed again at once;
 * - my markers carry my current name and colour (none on an anonymous board, `markerIdentity.ts`);
 * - my markers stand in the lowest free place of their column (`standMyMarkers`): after I moved
 *   one, when others' markers change, and when the layout does.
 */
import { Role } from '@werkbord/shared';
import { atom, react, type Editor, type TLShape, type TLShapeId } from 'tldraw';
import { canvasEffectsQuiet } from '../../werkvorm/canvas/quiet';
import { isGestureInProgress } from '../../werkvorm/canvas/tidyEffects';
import { useWerkvormStore } from '../../werkvorm/werkvormStore';
import { myMarkerLook } from './markerIdentity';
import { isMarkerShape, myMarkerShapes, myUserId, standMyMarkers } from './myMarker';

const othersMarker = (editor: Editor, shape: TLShape | undefined): boolean =>
  shape !== undefined && isMarkerShape(shape) && shape.props.owner !== myUserId(editor);

const isFacilitator = () => useWerkvormStore.getState().role === Role.Facilitator;

export function registerMarkerRules(editor: Editor): () => void {
  const offs: (() => void)[] = [];

  offs.push(
    editor.sideEffects.registerBeforeChangeHandler('shape', (prev, next, source) =>
      source === 'user' && othersMarker(editor, prev) ? prev : next,
    ),
    editor.sideEffects.registerBeforeDeleteHandler('shape', (shape, source) => {
      if (source === 'user' && othersMarker(editor, shape) && !isFacilitator()) return false;
      return;
    }),
    editor.sideEffects.registerBeforeChangeHandler('instance_page_state', (prev, next) => {
      if (isFacilitator() || next.selectedShapeIds === prev.selectedShapeIds) return next;
      const selectable = next.selectedShapeIds.filter(
        (id) => !othersMarker(editor, editor.getShape(id)),
      );
      return selectable.length === next.selectedShapeIds.length
        ? next
        : { ...next, selectedShapeIds: selectable };
    }),
    editor.sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
      if (source !== 'user' || !isMarkerShape(shape)) return;
      const twin = myMarkerShapes(editor).some(
        (other) => other.id !== shape.id && other.props.meter === shape.props.meter,
      );
      if (othersMarker(editor, shape) || twin) removeSoon(editor, shape.id);
    }),
  );

  // My name and colour on my markers, now and whenever they change.
  offs.push(
    react('werkbord: my markers look like me', () => {
      const { author, colour } = myMarkerLook(editor);
      const stale = myMarkerShapes(editor).filter(
        (shape) => shape.props.author !== author || shape.props.colour !== colour,
      );
      if (stale.length === 0) return;
      editor.timers.setTimeout(() => {
        editor.run(
          () =>
            editor.updateShapes(
              stale.map((shape) => ({ id: shape.id, type: shape.type, props: { author, colour } })),
            ),
          { history: 'ignore' },
        );
      }, 0);
    }),
  );

  offs.push(registerStanding(editor));
  return () => offs.forEach((off) => off());
}

/** Outside the store's change: a side effect may not delete the record it is handed. */
function removeSoon(editor: Editor, id: TLShapeId): void {
  editor.timers.setTimeout(() => {
    if (editor.getShape(id)) editor.run(() => editor.deleteShape(id), { history: 'ignore' });
  }, 0);
}

/** Stands my markers after gestures end, and when anything about the markers or layout changes. */
function registerStanding(editor: Editor): () => void {
  const $pending = atom('werkbord: markers to stand', true);
  const request = () => {
    if (!$pending.get()) $pending.set(true);
  };
  let timer: number | null = null;
  const onMarker = (shape: TLShape) => {
    if (isMarkerShape(shape) && !canvasEffectsQuiet(editor)) request();
  };
  const offs = [
    editor.sideEffects.registerAfterChangeHandler('shape', (_prev, next) => onMarker(next)),
    editor.sideEffects.registerAfterCreateHandler('shape', onMarker),
    editor.sideEffects.registerAfterDeleteHandler('shape', onMarker),
    useWerkvormStore.subscribe((state, previous) => {
      if (state.layout !== previous.layout) request();
    }),
    react('werkbord: stand my markers', () => {
      if (!$pending.get() || isGestureInProgress(editor) || timer !== null) return;
      timer = editor.timers.setTimeout(() => {
        timer = null;
        $pending.set(false);
        if (!editor.getInstanceState().isReadonly) standMyMarkers(editor);
      }, 0);
    }),
  ];
  return () => offs.forEach((off) => off());
}
