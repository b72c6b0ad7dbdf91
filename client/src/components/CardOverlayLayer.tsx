/**
 * A layer over the canvas for our marks on cards (the "privé" mark, the dots of a voting round).
 * Rendered into the editor's container, so it sits above the shapes and below tldraw's panels
 * and menus. Its inner plane carries the camera's transform, so a mark is placed in page
 * coordinates and the layer alone re-renders when the camera moves; marks keep their screen
 * size by scaling with `1 / --card-overlay-zoom`.
 */
import '../styles/cardOverlay.css';
import type { CSSProperties, ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useValue, type Editor, type TLShapeId } from 'tldraw';
import { keepKeysFromCanvas } from './keepKeysFromCanvas';

export function CardOverlayLayer({ editor, children }: { editor: Editor; children: ReactNode }) {
  const camera = useValue('werkbord: overlay camera', () => editor.getCamera(), [editor]);
  const plane = {
    transform: `scale(${camera.z}) translate(${camera.x}px, ${camera.y}px)`,
    '--card-overlay-zoom': camera.z,
  } as CSSProperties;
  return createPortal(
    <div
      className="card-overlay"
      data-testid="card-overlay"
      // Our buttons are not the canvas: tldraw must not start a selection or a drag from them.
      onPointerDown={editor.markEventAsHandled}
      onPointerUp={editor.markEventAsHandled}
      onTouchStart={editor.markEventAsHandled}
      onTouchEnd={editor.markEventAsHandled}
      {...keepKeysFromCanvas}
    >
      <div className="card-overlay__plane" style={plane}>
        {children}
      </div>
    </div>,
    editor.getContainer(),
  );
}

/** A box over a card, in page coordinates; `null` while the card is not on the current page. */
export function CardBox({
  editor,
  shapeId,
  className,
  children,
}: {
  editor: Editor;
  shapeId: string;
  className?: string;
  children: ReactNode;
}) {
  const box = useValue(
    'werkbord: card box',
    () => {
      const id = shapeId as TLShapeId;
      if (!editor.getCurrentPageShapeIds().has(id)) return null;
      const bounds = editor.getShapePageBounds(id);
      return bounds ? `${bounds.x},${bounds.y},${bounds.w},${bounds.h}` : null;
    },
    [editor, shapeId],
  );
  if (box === null) return null;
  const [left, top, width, height] = box.split(',').map(Number);
  return (
    <div
      className={`card-overlay__card ${className ?? ''}`}
      style={{ left, top, width, height }}
      data-shape-id={shapeId}
    >
      {children}
    </div>
  );
}
