/**
 * Relations on the editor: which shapes can be related, finding, creating and re-drawing them.
 * A relation's card ends are `werkbord-relatie-end` bindings; its props `from`/`to` mirror them
 * (the server's harvest reads the props). An end at the centre has no binding.
 */
import { CENTRE, type RelationStrength } from '@werkbord/shared';
import { createShapeId, type Editor, type TLShape, type TLShapeId } from 'tldraw';
import { currentCentre, relationsEnabled } from './relatieCentre';
import { relatieFrame, relatieLine, type RelatieArea } from './relatieGeometry';
import {
  RELATIE_END_BINDING_TYPE,
  RELATIE_TYPE,
  defaultRelatieProps,
  type RelatieEndBinding,
  type RelatieShape,
  type RelatieTerminal,
} from './relatieProps';
import { CARD_SHAPE_TYPE } from '../card/cardShapes';

/** One end of a relation: a card's shape id or the centre. */
export type RelatieEnd = TLShapeId | typeof CENTRE;

/** Werkbord's cards, and tldraw notes (the harvest reads them as `kaart`). */
const RELATABLE_TYPES: ReadonlySet<string> = new Set([...Object.values(CARD_SHAPE_TYPE), 'note']);

export function isRelatable(shape: TLShape | undefined): shape is TLShape {
  return shape !== undefined && RELATABLE_TYPES.has(shape.type);
}

export function isRelatie(shape: TLShape | undefined): shape is RelatieShape {
  return shape?.type === RELATIE_TYPE;
}

/** The relation's end bindings by terminal. */
export function relatieBindings(editor: Editor, relation: RelatieShape | TLShapeId) {
  const bindings = editor.getBindingsFromShape<RelatieEndBinding>(
    relation,
    RELATIE_END_BINDING_TYPE,
  );
  return {
    start: bindings.find((b) => b.props.terminal === 'start'),
    end: bindings.find((b) => b.props.terminal === 'end'),
  };
}

/** The area an end occupies in page coordinates, or `null` when it cannot be found (yet). */
export function relatieEndArea(editor: Editor, end: string): RelatieArea | null {
  if (end === CENTRE) return currentCentre();
  const bounds = editor.getShapePageBounds(end as TLShapeId);
  return bounds ? { kind: 'rect', x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h } : null;
}

/**
 * Re-draws a relation from its ends: edge to edge, `from`/`to` taken from the bindings. Writes
 * nothing when nothing changed (the store skips equal records), so calling it on every change of
 * a bound card, here or in another browser, is cheap and converges.
 */
export function updateRelatieLine(editor: Editor, relationId: TLShapeId): void {
  const relation = editor.getShape(relationId);
  if (!isRelatie(relation)) return;
  const bindings = relatieBindings(editor, relation);
  const from = bindings.start?.toId ?? relation.props.from;
  const to = bindings.end?.toId ?? relation.props.to;
  const fromArea = relatieEndArea(editor, from);
  const toArea = relatieEndArea(editor, to);
  if (!fromArea || !toArea) return;
  const line = relatieLine(fromArea, toArea);
  const frame = relatieFrame(
    editor.getPointInParentSpace(relation, line.start),
    editor.getPointInParentSpace(relation, line.end),
  );
  editor.run(
    () =>
      editor.updateShape<RelatieShape>({
        id: relation.id,
        type: RELATIE_TYPE,
        x: frame.x,
        y: frame.y,
        rotation: 0,
        props: { from, to, start: frame.start, end: frame.end },
      }),
    // A locked relation still follows its cards.
    { ignoreShapeLock: true },
  );
}

/** Every relation whose `from` or `to` is the centre (after the layout changed). */
export function updateCentreRelations(editor: Editor): void {
  const relations = editor.store.query.exec('shape', { type: { eq: RELATIE_TYPE } });
  const atCentre = relations.filter(
    (r) => isRelatie(r) && (r.props.from === CENTRE || r.props.to === CENTRE),
  );
  if (atCentre.length === 0) return;
  editor.run(() => atCentre.forEach((r) => updateRelatieLine(editor, r.id)), { history: 'ignore' });
}

/** The ends of a relation as they are now. */
export function relatieEnds(editor: Editor, relation: RelatieShape): [string, string] {
  const bindings = relatieBindings(editor, relation);
  return [bindings.start?.toId ?? relation.props.from, bindings.end?.toId ?? relation.props.to];
}

/** The relation between `a` and `b` in either direction, if there is one. */
export function findRelatie(
  editor: Editor,
  a: RelatieEnd,
  b: RelatieEnd,
): RelatieShape | undefined {
  // Start from a card: its bindings are indexed, the centre's relations are not.
  const [card, other] = a === CENTRE ? [b, a] : [a, b];
  if (card === CENTRE) return undefined;
  for (const binding of editor.getBindingsToShape<RelatieEndBinding>(
    card,
    RELATIE_END_BINDING_TYPE,
  )) {
    const relation = editor.getShape(binding.fromId);
    if (isRelatie(relation) && relatieEnds(editor, relation).includes(other)) return relation;
  }
  return undefined;
}

function isValidEnd(editor: Editor, end: RelatieEnd): boolean {
  return end === CENTRE ? currentCentre() !== null : isRelatable(editor.getShape(end));
}

/** Whether a new relation between `a` and `b` would mean something and is not there yet. */
export function canRelate(editor: Editor, a: RelatieEnd, b: RelatieEnd): boolean {
  return (
    a !== b &&
    isValidEnd(editor, a) &&
    isValidEnd(editor, b) &&
    findRelatie(editor, a, b) === undefined
  );
}

/**
 * Creates a relation from `from` to `to` as one undo step: the shape on the current page, behind
 * the cards, with a binding for each card end. Returns its id, or `null` when it may not exist
 * (same end twice, not a card, no centre on this board, a relation between them already).
 */
export function createRelatie(
  editor: Editor,
  from: RelatieEnd,
  to: RelatieEnd,
  strength: RelationStrength = 'sterk',
): TLShapeId | null {
  if (editor.getIsReadonly() || !canRelate(editor, from, to)) return null;
  const id = createShapeId();
  editor.markHistoryStoppingPoint('werkbord-relatie');
  editor.run(() => {
    editor.createShape<RelatieShape>({
      id,
      type: RELATIE_TYPE,
      parentId: editor.getCurrentPageId(),
      props: { ...defaultRelatieProps(), from, to, strength },
    });
    const ends: Array<[RelatieTerminal, RelatieEnd]> = [
      ['start', from],
      ['end', to],
    ];
    editor.createBindings<RelatieEndBinding>(
      ends
        .filter(([, end]) => end !== CENTRE)
        .map(([terminal, end]) => ({
          type: RELATIE_END_BINDING_TYPE,
          fromId: id,
          toId: end as TLShapeId,
          props: { terminal },
        })),
    );
    updateRelatieLine(editor, id);
    editor.sendToBack([id]);
  });
  return editor.getShape(id) ? id : null;
}

/** Sets the strength of relations (one undo step). */
export function setRelatieStrength(
  editor: Editor,
  ids: readonly TLShapeId[],
  strength: RelationStrength,
): void {
  const changed = ids
    .map((id) => editor.getShape(id))
    .filter((shape) => isRelatie(shape) && shape.props.strength !== strength);
  if (changed.length === 0) return;
  editor.markHistoryStoppingPoint('werkbord-relatie-strength');
  editor.updateShapes<RelatieShape>(
    changed.map((shape) => ({ id: shape!.id, type: RELATIE_TYPE, props: { strength } })),
  );
}

/** The two selected cards, when exactly two cards and nothing else are selected. */
export function selectedPair(editor: Editor) {
  const selected = editor.getSelectedShapes();
  return selected.length === 2 && selected.every(isRelatable)
    ? ([selected[0]!.id, selected[1]!.id] as const)
    : null;
}

/**
 * "Verbind": relates the two selected cards and selects the new relation (or the one already
 * between them). Returns whether a relation is selected afterwards.
 */
export function connectSelected(editor: Editor): boolean {
  const pair = selectedPair(editor);
  if (!pair || !relationsEnabled() || editor.getIsReadonly()) return false;
  const id = createRelatie(editor, ...pair) ?? findRelatie(editor, ...pair)?.id;
  if (!id) return false;
  editor.select(id);
  return true;
}
