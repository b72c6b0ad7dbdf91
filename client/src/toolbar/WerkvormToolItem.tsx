/**
 * One of the werkvorm's tools (a card kind or relations), labelled in words, from tldraw's tools.
 * Chosen with the keyboard (Tab, Enter), a card tool makes its card at once in the middle of the
 * view: there is no pointer to place it with, and the focus would stay on the button.
 */
import {
  preventDefault,
  useEditor,
  useIsToolSelected,
  useReadonly,
  useTools,
  useTranslation,
  type TLUiTranslationKey,
} from 'tldraw';
import { useT } from '../i18n/useT';
import { CardTool } from '../shapes/card/CardTool';
import { werkvormToolLabel } from './boardTools';
import { LabelledToolButton } from './LabelledToolButton';

export function WerkvormToolItem({ toolId }: { toolId: string }) {
  const editor = useEditor();
  const tools = useTools();
  const msg = useTranslation();
  const t = useT();
  const readonly = useReadonly();
  const tool = tools[toolId];
  const selected = useIsToolSelected(tool);
  if (!tool || (readonly && !tool.readonlyOk)) return null;
  const select = () => tool.onSelect('toolbar');
  const labelKey = werkvormToolLabel(toolId);
  return (
    <LabelledToolButton
      icon={tool.icon}
      label={labelKey ? t(labelKey) : msg(tool.label as TLUiTranslationKey)}
      keyLabel={tool.kbd?.split(',')[0]?.toUpperCase()}
      pressed={selected}
      data-testid={`tools.${toolId}`}
      data-value={toolId}
      onClick={(event) => {
        select();
        // A click with no pointer behind it (detail 0) comes from Enter or Space.
        const tool = editor.getCurrentTool();
        if (event.detail === 0 && tool instanceof CardTool) {
          tool.createAt(editor.getViewportPageBounds().center);
        }
      }}
      // As tldraw's own tool buttons: a tap picks the tool at once, without the click delay.
      onTouchStart={(event) => {
        preventDefault(event);
        select();
      }}
    />
  );
}
