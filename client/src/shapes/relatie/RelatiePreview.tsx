/**
 * While the relation tool has a first end: a dashed line from it to the pointer (or to the edge
 * of a valid second end), and a ring around the centre when the centre is one of the ends (the
 * centre is no shape, so tldraw cannot outline it). Drawn in front of the canvas, in viewport
 * coordinates; only this browser sees it.
 */
import { useEditor, useValue } from 'tldraw';
import { CENTRE, currentCentre } from './relatieCentre';
import { relatieLine, type RelatieArea } from './relatieGeometry';
import { relatieEndArea } from './relatieEditor';
import { RELATIE_TOOL_ID, type RelatieTool } from './RelatieTool';

export function RelatiePreview() {
  const editor = useEditor();
  const preview = useValue(
    'werkbord-relatie preview',
    () => {
      const tool = editor.getStateDescendant<RelatieTool>(RELATIE_TOOL_ID);
      const draft = tool?.draft.get();
      if (!draft) return null;
      const fromArea = relatieEndArea(editor, draft.from);
      if (!fromArea) return null;
      const toArea: RelatieArea | null = draft.target
        ? relatieEndArea(editor, draft.target)
        : draft.pointer && { kind: 'rect', ...draft.pointer, w: 0, h: 0 };
      const line = toArea && relatieLine(fromArea, toArea);
      const centre = draft.from === CENTRE || draft.target === CENTRE ? currentCentre() : null;
      const toViewport = (point: { x: number; y: number }) => editor.pageToViewport(point);
      return {
        start: line && toViewport(line.start),
        end: line && toViewport(line.end),
        valid: draft.target !== null,
        ring: centre && {
          ...toViewport({ x: centre.cx, y: centre.cy }),
          r: centre.r * editor.getZoomLevel(),
        },
      };
    },
    [editor],
  );
  if (!preview) return null;
  const { start, end, ring, valid } = preview;
  return (
    <svg className="werkbord-relatie-preview" data-testid="relatie-preview" aria-hidden="true">
      {ring && (
        <circle className="werkbord-relatie-preview__ring" cx={ring.x} cy={ring.y} r={ring.r} />
      )}
      {start && end && (
        <line
          className="werkbord-relatie-preview__line"
          data-valid={valid}
          x1={start.x}
          y1={start.y}
          x2={end.x}
          y2={end.y}
        />
      )}
    </svg>
  );
}
