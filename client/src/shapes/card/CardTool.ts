/**
 * The create tool of a card kind: a click or tap on the canvas makes a card centred there and
 * starts editing it (with the tool lock on, it stays in the tool to place more). Without a mouse,
 * Enter makes one in the middle of the view. Viewers never
 * get here: the editor is read-only for them and the toolbar hides the tools.
 */
import type { CardKind } from '@werkbord/shared';
import {
  StateNode,
  type TLKeyboardEventInfo,
  type TLPointerEventInfo,
  type TLStateNodeConstructor,
  type VecLike,
} from 'tldraw';
import { createCard, startEditingCard } from './createCard';

class Idle extends StateNode {
  static override id = 'idle';

  override onEnter() {
    this.editor.setCursor({ type: 'cross', rotation: 0 });
  }

  override onPointerDown(info: TLPointerEventInfo) {
    this.parent.transition('pointing', info);
  }

  override onKeyUp(info: TLKeyboardEventInfo) {
    // On key up: the Enter that chose the tool on the toolbar has gone down elsewhere.
    if (info.key === 'Enter') {
      const parent = this.parent as CardTool;
      parent.createAt(this.editor.getViewportPageBounds().center);
    }
  }

  override onCancel() {
    this.editor.setCurrentTool('select');
  }
}

/** Between press and release: the card is made on release, so a long-press or pinch makes none. */
class Pointing extends StateNode {
  static override id = 'pointing';

  override onPointerUp() {
    (this.parent as CardTool).createAtOrigin();
  }

  override onCancel() {
    this.parent.transition('idle');
  }

  override onInterrupt() {
    this.parent.transition('idle');
  }

  override onLongPress() {
    this.parent.transition('idle');
  }
}

export abstract class CardTool extends StateNode {
  static override initial = 'idle';
  static override children(): TLStateNodeConstructor[] {
    return [Idle, Pointing];
  }

  abstract readonly kind: CardKind;

  /** Makes the card where the pointer went down. */
  createAtOrigin(): void {
    this.createAt(this.editor.inputs.getOriginPagePoint());
  }

  /** Makes the card centred on `center` (page space), then edits it (or stays, when locked). */
  createAt(center: VecLike): void {
    const { editor } = this;
    const id = createCard(editor, this.kind, center);
    if (editor.getInstanceState().isToolLocked) {
      this.transition('idle');
      return;
    }
    startEditingCard(editor, id);
  }
}
