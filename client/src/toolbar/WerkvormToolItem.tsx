/** One of the werkvorm's tools (a card kind or relations), labelled in words, from tldraw's tools. */
import {
  preventDefault,
  useIsToolSelected,
  useReadonly,
  useTools,
  useTranslation,
  type TLUiTranslationKey,
} from 'tldraw';
import { useT } from '../i18n/useT';
import { werkvormToolLabel } from './boardTools';
import { LabelledToolButton } from './LabelledToolButton';

export function WerkvormToolItem({ toolId }: { toolId: string }) {
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
      onClick={select}
      // As tldraw's own tool buttons: a tap picks the tool at once, without the click delay.
      onTouchStart={(event) => {
        preventDefault(event);
        select();
      }}
    />
  );
}
