/**
 * "Mijn markering": a click or tap on a scale puts my own marker there (made the first time, moved
 * after that), then hands back the select tool with the marker selected. Without a mouse, Enter
 * puts it on the scale nearest the middle of the view. Viewers never get here (read-only editor,
 * no tools in the toolbar).
 */
import { CardKind } from '@werkbord/shared';
import {
  StateNode,
  type TLKeyboardEventInfo,
  type TLStateNodeConstructor,
  type VecLike,
} from 'tldraw';
import { placeMyMarker } from './myMarker';

class Idle extends StateNode {
  static override id = 'idle';

  override onEnter() {
    this.editor.setCursor({ type: 'cross', rotation: 0 });
  }

  override onPointerDown() {
    this.parent.transition('pointing');
  }

  override onKeyUp(info: TLKeyboardEventInfo) {
    if (info.key === 'Enter') {
      (this.parent as MarkeringTool).placeAt(this.editor.getViewportPageBounds().center);
    }
  }

  override onCancel() {
    this.editor.setCurrentTool('select');
  }
}

/** The marker goes where the press is released, so a long-press or pinch places nothing. */
class Pointing extends StateNode {
  static override id = 'pointing';

  override onPointerUp() {
    (this.parent as MarkeringTool).placeAt(this.editor.inputs.getOriginPagePoint());
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

export class MarkeringTool extends StateNode {
  static override id = 'werkbord-markering';
  static override initial = 'idle';
  static override children(): TLStateNodeConstructor[] {
    return [Idle, Pointing];
  }

  readonly kind = CardKind.Markering;

  placeAt(point: VecLike): void {
    placeMyMarker(this.editor, point);
    if (this.editor.getInstanceState().isToolLocked) this.transition('idle');
    else this.editor.setCurrentTool('select');
  }
}
