/**
 * Binds a relation (`fromId`) to a card (`toId`), one binding per card end. It keeps the line on
 * the cards: re-drawn when a bound card moves or resizes, snapped back when the relation itself
 * is moved, and deleted with its card (a relation with a missing end means nothing). It also
 * re-draws relations to the centre when the werkvorm's layout changes.
 */
import { CENTRE } from '@werkbord/shared';
import {
  BindingUtil,
  type BindingOnCreateOptions,
  type BindingOnShapeChangeOptions,
  type BindingOnShapeIsolateOptions,
  type Editor,
} from 'tldraw';
import { useWerkvormStore } from '../../werkvorm/werkvormStore';
import { updateCentreRelations, updateRelatieLine } from './relatieEditor';
import {
  RELATIE_END_BINDING_TYPE,
  RELATIE_END_MIGRATIONS,
  RELATIE_END_PROPS,
  type RelatieEndBinding,
  type RelatieEndBindingProps,
  type RelatieShape,
} from './relatieProps';

export class RelatieEndBindingUtil extends BindingUtil<RelatieEndBinding> {
  static override type = RELATIE_END_BINDING_TYPE;
  static override props = RELATIE_END_PROPS;
  static override migrations = RELATIE_END_MIGRATIONS;

  constructor(editor: Editor) {
    super(editor);
    // The centre is drawn from the layout, not a shape: follow it from the werkvorm store.
    const unsubscribe = useWerkvormStore.subscribe((state, previous) => {
      if (state.layout !== previous.layout || state.werkvorm !== previous.werkvorm) {
        updateCentreRelations(editor);
      }
    });
    editor.disposables.add(unsubscribe);
  }

  override getDefaultProps(): Partial<RelatieEndBindingProps> {
    return { terminal: 'start' };
  }

  override onAfterCreate({ binding }: BindingOnCreateOptions<RelatieEndBinding>): void {
    updateRelatieLine(this.editor, binding.fromId);
  }

  // A bound card moved, resized or changed: only the relations bound to it get here, which keeps
  // dragging one card cheap on a board with many relations.
  override onAfterChangeToShape({ binding }: BindingOnShapeChangeOptions<RelatieEndBinding>): void {
    updateRelatieLine(this.editor, binding.fromId);
  }

  // The relation itself moved (translated, nudged, aligned): put it back between its cards.
  override onAfterChangeFromShape({
    binding,
    shapeBefore,
    shapeAfter,
    reason,
  }: BindingOnShapeChangeOptions<RelatieEndBinding>): void {
    // Called once per binding of the relation; one re-draw is enough: the start binding's, or the
    // end binding's when the start is the centre (no binding).
    if (binding.props.terminal === 'end' && (shapeAfter as RelatieShape).props.from !== CENTRE) {
      return;
    }
    const moved =
      reason === 'ancestry' ||
      shapeBefore.x !== shapeAfter.x ||
      shapeBefore.y !== shapeAfter.y ||
      shapeBefore.rotation !== shapeAfter.rotation ||
      shapeBefore.parentId !== shapeAfter.parentId;
    if (moved) updateRelatieLine(this.editor, shapeAfter.id);
  }

  // The card is deleted, or copied/duplicated without the relation: the relation goes too. Inside
  // a copy tldraw reverts this deletion afterwards, so only the copy loses the relation.
  override onBeforeIsolateFromShape({
    binding,
  }: BindingOnShapeIsolateOptions<RelatieEndBinding>): void {
    if (this.editor.getShape(binding.fromId)) this.editor.deleteShapes([binding.fromId]);
  }
}
