/** tldraw's style panel, in its `StylePanel` slot, only when drawing styles mean something. */
import { DefaultStylePanel, type TLUiStylePanelProps } from 'tldraw';
import { useDrawingStylesShown } from './useDrawingStylesShown';

export function DrawingStylePanel(props: TLUiStylePanelProps) {
  const shown = useDrawingStylesShown();
  return shown ? <DefaultStylePanel {...props} /> : null;
}
