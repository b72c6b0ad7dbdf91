/**
 * tldraw's toolbar with the running werkvorm's card tools first, so they stay in view on a
 * phone where the rest folds into the overflow menu. Only the kinds the werkvorm uses are offered.
 */
import { DefaultToolbar, DefaultToolbarContent, ToolbarItem, useTools } from 'tldraw';
import { useWerkvormStore } from '../../werkvorm/werkvormStore';
import { CARD_SHAPE_TYPE } from './cardShapes';

/** The relation tool, when another module registered it and the werkvorm draws relations. */
const RELATIE_TOOL_ID = 'werkbord-relatie';

export function CardToolbar() {
  const cardKinds = useWerkvormStore((state) => state.werkvorm.cardKinds);
  const relations = useWerkvormStore((state) => state.werkvorm.relations);
  const hasRelatieTool = RELATIE_TOOL_ID in useTools();
  return (
    <DefaultToolbar>
      {cardKinds.map((kind) => (
        <ToolbarItem key={kind} tool={CARD_SHAPE_TYPE[kind]} />
      ))}
      {relations && hasRelatieTool && <ToolbarItem tool={RELATIE_TOOL_ID} />}
      <DefaultToolbarContent />
    </DefaultToolbar>
  );
}
