/**
 * tldraw's keyboard shortcuts dialog, in its `KeyboardShortcutsDialog` slot, led by the werkvorm's
 * own keys: its card tools (1, 2, 3…) and, with relations, "Verbind" and the strengths. Tools the
 * board does not offer are missing from tldraw's table, so the dialog leaves them out too.
 */
import {
  DefaultKeyboardShortcutsDialog,
  DefaultKeyboardShortcutsDialogContent,
  TldrawUiMenuActionItem,
  TldrawUiMenuGroup,
  TldrawUiMenuToolItem,
  type TLUiKeyboardShortcutsDialogProps,
} from 'tldraw';
import { RELATIE_ACTION_IDS } from '../shapes/relatie/relatieUi';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { werkvormToolIds } from './boardTools';

/** tldraw's translation key of the group's title (`tldraw/uiOverrides.ts`). */
export const WERKVORM_SHORTCUTS_LABEL = 'shortcuts-dialog.werkbord-werkvorm';

export function WerkbordShortcutsDialog(props: TLUiKeyboardShortcutsDialogProps) {
  const cardKinds = useWerkvormStore((state) => state.werkvorm.cardKinds);
  const relations = useWerkvormStore((state) => state.werkvorm.relations);
  return (
    <DefaultKeyboardShortcutsDialog {...props}>
      <TldrawUiMenuGroup label={WERKVORM_SHORTCUTS_LABEL} id="werkbord-werkvorm">
        {werkvormToolIds({ cardKinds, relations }).map((id) => (
          <TldrawUiMenuToolItem key={id} toolId={id} />
        ))}
        {relations &&
          RELATIE_ACTION_IDS.map((id) => <TldrawUiMenuActionItem key={id} actionId={id} />)}
      </TldrawUiMenuGroup>
      <DefaultKeyboardShortcutsDialogContent />
    </DefaultKeyboardShortcutsDialog>
  );
}
