/**
 * The `werkbord-relatie` tool. Two ways to relate, so it works with a mouse and on a phone:
 * - press on a card, drag to another card or the centre, release;
 * - tap a card (or the centre), then tap the other one.
 * Releasing or tapping on empty canvas creates nothing. A new relation is selected, so its
 * strength can be set right away (the tool stays on when tldraw's tool lock is on).
 */
import { CENTRE } from '@werkbord/shared';
import { StateNode, atom, type TLPointerEventInfo, type TLShapeId } from 'tldraw';
import { isInCentre } from './relatieCentre';
import type { Point } from './relatieGeometry';
import { canRelate, createRelatie, isRelatable, type RelatieEnd } from './relatieEditor';

export const RELATIE_TOOL_ID = 'werkbord-relatie';

/** What the tool shows while relating: the first end, where the pointer is, what is under it. */
export interface RelatieDraft {
  from: RelatieEnd;
  pointer: Point | null;
  /** A valid second end under the pointer, or `null`. */
  target: RelatieEnd | null;
  /** Dragging from the first end (released on the second), rather than tapping both. */
  dragging: boolean;
}

export class RelatieTool extends StateNode {
  static override id = RELATIE_TOOL_ID;

  /** Read by the preview on the canvas. */
  readonly draft = atom<RelatieDraft | null>('werkbord-relatie draft', null);
  /** The end pressed on, until the pointer goes up. */
  private pressed: RelatieEnd | null = null;
  /** Whether the pointer moved far enough since it was pressed to be a drag, not a tap. */
  private dragged = false;
  /** The end chosen by a tap, waiting for the second tap. */
  private chosen: RelatieEnd | null = null;

  override onEnter(): void {
    this.editor.setCursor({ type: 'cross', rotation: 0 });
    this.reset();
  }

  override onExit(): void {
    this.reset();
    this.editor.setCursor({ type: 'default', rotation: 0 });
  }

  override onPointerDown(info: TLPointerEventInfo): void {
    if (info.button !== 0) return;
    this.pressed = this.endAt(this.editor.inputs.getCurrentPagePoint());
    this.dragged = false;
    if (this.pressed === null) this.reset();
  }

  override onPointerMove(): void {
    if (this.pressed !== null && this.editor.inputs.getIsDragging()) this.dragged = true;
    const from = this.dragged ? this.pressed : this.chosen;
    if (from === null) return;
    const pointer = this.editor.inputs.getCurrentPagePoint();
    const under = this.endAt(pointer);
    const target = under !== null && canRelate(this.editor, from, under) ? under : null;
    this.draft.set({
      from,
      pointer: { x: pointer.x, y: pointer.y },
      target,
      dragging: this.dragged,
    });
    this.hint(from, target);
  }

  override onPointerUp(): void {
    const pressed = this.pressed;
    this.pressed = null;
    if (pressed === null) return;
    if (this.dragged) {
      this.relate(pressed, this.endAt(this.editor.inputs.getCurrentPagePoint()));
    } else if (this.chosen !== null && this.chosen !== pressed) {
      this.relate(this.chosen, pressed);
    } else {
      // First tap: remember it and wait for the second.
      this.chosen = pressed;
      this.draft.set({ from: pressed, pointer: null, target: null, dragging: false });
      this.hint(pressed, null);
    }
  }

  override onCancel(): void {
    if (this.chosen !== null || this.pressed !== null) this.reset();
    else this.editor.setCurrentTool('select');
  }

  override onInterrupt(): void {
    this.reset();
  }

  private relate(from: RelatieEnd, to: RelatieEnd | null): void {
    const id = to === null ? null : createRelatie(this.editor, from, to);
    this.reset();
    if (id === null) return;
    if (this.editor.getInstanceState().isToolLocked) return;
    this.editor.setCurrentTool('select');
    this.editor.select(id);
  }

  /** The card under a point (the topmost), else the centre when the point lies in it. */
  private endAt(point: Point): RelatieEnd | null {
    const card = this.editor.getShapeAtPoint(point, {
      hitInside: true,
      margin: this.editor.getHitTestMargin(),
      filter: isRelatable,
    });
    if (card) return card.id;
    return isInCentre(point) ? CENTRE : null;
  }

  /** tldraw outlines hinted shapes: the first card and a valid target under the pointer. */
  private hint(from: RelatieEnd, target: RelatieEnd | null): void {
    const ids = [from, target].filter((end): end is TLShapeId => end !== null && end !== CENTRE);
    this.editor.setHintingShapes(ids);
  }

  private reset(): void {
    this.pressed = null;
    this.dragged = false;
    this.chosen = null;
    this.draft.set(null);
    this.editor.setHintingShapes([]);
  }
}
