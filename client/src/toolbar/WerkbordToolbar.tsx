/**
 * The board's toolbar, in tldraw's `Toolbar` slot: the werkvorm's tools in words, select and
 * hand, and "Meer" with the drawing tools for who may draw (`toolPlan.ts`). The frame is
 * tldraw's `DefaultToolbar` without its overflow, which counts buttons rather than measuring
 * them: with few, labelled tools nothing needs to fold away, and the keys stay what the
 * tooltips say. On a phone tldraw's undo/redo row sits on top, as in its own toolbar.
 */
import { memo } from 'react';
import {
  MobileStylePanel,
  PORTRAIT_BREAKPOINT,
  TldrawUiMenuContextProvider,
  TldrawUiMenuToolItem,
  TldrawUiOrientationProvider,
  TldrawUiToolbar,
  ToggleToolLockedButton,
  useBreakpoint,
  useEditor,
  useIsToolSelected,
  useReadonly,
  useTldrawUiComponents,
  useTools,
  useTranslation,
  useValue,
} from 'tldraw';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { werkvormToolIds } from './boardTools';
import { useMayDraw } from './drawingPolicy';
import { MeerMenu } from './MeerMenu';
import { planTools } from './toolPlan';
import { useDrawingStylesShown } from './useDrawingStylesShown';
import { WerkvormToolItem } from './WerkvormToolItem';

function NavigationToolItem({ toolId }: { toolId: string }) {
  const tools = useTools();
  const selected = useIsToolSelected(tools[toolId]);
  return <TldrawUiMenuToolItem toolId={toolId} isSelected={selected} />;
}

export const WerkbordToolbar = memo(function WerkbordToolbar() {
  const editor = useEditor();
  const msg = useTranslation();
  const breakpoint = useBreakpoint();
  const readonly = useReadonly();
  const { ActionsMenu, QuickActions } = useTldrawUiComponents();
  const cardKinds = useWerkvormStore((state) => state.werkvorm.cardKinds);
  const relations = useWerkvormStore((state) => state.werkvorm.relations);
  const drawing = useMayDraw();
  const plan = planTools({
    werkvormTools: werkvormToolIds({ cardKinds, relations }),
    drawing: drawing && !readonly,
  });
  const activeToolId = useValue('current tool id', () => editor.getCurrentToolId(), [editor]);
  const stylesShown = useDrawingStylesShown();
  const phone = breakpoint < PORTRAIT_BREAKPOINT.TABLET_SM;

  return (
    <TldrawUiOrientationProvider orientation="horizontal" tooltipSide="top">
      <div
        className="tlui-main-toolbar tlui-main-toolbar--horizontal werkbord-toolbar"
        data-testid="werkbord-toolbar"
      >
        <div className="tlui-main-toolbar__inner">
          <div className="tlui-main-toolbar__left">
            {!readonly && (
              <div className="tlui-main-toolbar__extras">
                {breakpoint < PORTRAIT_BREAKPOINT.TABLET && (
                  <TldrawUiToolbar
                    orientation="horizontal"
                    className="tlui-main-toolbar__extras__controls"
                    label={msg('actions-menu.title')}
                  >
                    {QuickActions && <QuickActions />}
                    {ActionsMenu && <ActionsMenu />}
                  </TldrawUiToolbar>
                )}
                <ToggleToolLockedButton activeToolId={activeToolId} />
              </div>
            )}
            <TldrawUiToolbar
              orientation="horizontal"
              className={`tlui-main-toolbar__tools${phone ? ' tlui-main-toolbar__tools__mobile' : ''}`}
              label={msg('tool-panel.title')}
            >
              {plan.werkvorm.length > 0 && !readonly && (
                <div className="tlui-row werkbord-toolbar__werkvorm">
                  {plan.werkvorm.map((id) => (
                    <WerkvormToolItem key={id} toolId={id} />
                  ))}
                </div>
              )}
              <div className="tlui-row werkbord-toolbar__navigation">
                <TldrawUiMenuContextProvider type="toolbar" sourceId="toolbar">
                  {plan.navigation.map((id) => (
                    <NavigationToolItem key={id} toolId={id} />
                  ))}
                </TldrawUiMenuContextProvider>
              </div>
              {plan.meer.length > 0 && <MeerMenu toolIds={plan.meer} />}
            </TldrawUiToolbar>
          </div>
          {phone && !readonly && stylesShown && (
            <div className="tlui-main-toolbar__tools tlui-main-toolbar__mobile-style-panel">
              <MobileStylePanel />
            </div>
          )}
        </div>
      </div>
    </TldrawUiOrientationProvider>
  );
});
