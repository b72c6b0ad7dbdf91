/**
 * "Meer": tldraw's drawing tools (pens, eraser, lines, text, shapes, media) behind one labelled
 * button. While one of them is in hand the button shows its icon and is pressed, so it is clear
 * why a click on the canvas draws.
 */
import { useState } from 'react';
import {
  GeoShapeGeoStyle,
  TldrawUiMenuContextProvider,
  TldrawUiMenuToolItem,
  TldrawUiPopover,
  TldrawUiPopoverContent,
  TldrawUiPopoverTrigger,
  TldrawUiToolbar,
  useEditor,
  useIsToolSelected,
  useTools,
  useValue,
  type TLUiToolItem,
} from 'tldraw';
import { useT } from '../i18n/useT';
import { LabelledToolButton } from './LabelledToolButton';

const POPOVER_ID = 'werkbord meer';

/** The tool item of `toolId`, pressed while it is the current tool. */
function MeerToolItem({ tool }: { tool: TLUiToolItem }) {
  const selected = useIsToolSelected(tool);
  return <TldrawUiMenuToolItem toolId={tool.id} isSelected={selected} />;
}

/** The tool of "Meer" that is in hand, if any (a geo shape's tool is named after its shape). */
function useActiveMeerTool(tools: readonly TLUiToolItem[]): TLUiToolItem | null {
  const editor = useEditor();
  const activeId = useValue(
    'werkbord meer tool',
    () => {
      const id = editor.getCurrentToolId();
      return id === 'geo' ? editor.getSharedStyles().getAsKnownValue(GeoShapeGeoStyle) : id;
    },
    [editor],
  );
  return tools.find((tool) => tool.id === activeId) ?? null;
}

export function MeerMenu({ toolIds }: { toolIds: readonly string[] }) {
  const t = useT();
  const editor = useEditor();
  const all = useTools();
  const tools = toolIds.flatMap((id) => (all[id] ? [all[id]] : []));
  const active = useActiveMeerTool(tools);
  const [open, setOpen] = useState(false);
  if (tools.length === 0) return null;
  return (
    <TldrawUiPopover id={POPOVER_ID} open={open} onOpenChange={setOpen}>
      <TldrawUiPopoverTrigger>
        <LabelledToolButton
          icon={active?.icon ?? 'tool-pencil'}
          label={t('toolbar.meer')}
          className="werkbord-tool--meer"
          data-active={active !== null}
          data-testid="tools.meer"
          aria-haspopup="true"
        />
      </TldrawUiPopoverTrigger>
      <TldrawUiPopoverContent side="top" align="center">
        <TldrawUiToolbar
          orientation="grid"
          className="tlui-main-toolbar__overflow-content werkbord-meer"
          label={t('toolbar.meerLabel')}
          data-testid="tools.meer-content"
          // A tool picked from the grid closes it, as tldraw's own overflow does; closing it
          // this way bypasses the popover's own bookkeeping, which keeps shortcuts off.
          onClick={() => {
            editor.menus.deleteOpenMenu(POPOVER_ID);
            setOpen(false);
          }}
        >
          <TldrawUiMenuContextProvider type="toolbar-overflow" sourceId="toolbar">
            {tools.map((tool) => (
              <MeerToolItem key={tool.id} tool={tool} />
            ))}
          </TldrawUiMenuContextProvider>
        </TldrawUiToolbar>
      </TldrawUiPopoverContent>
    </TldrawUiPopover>
  );
}
