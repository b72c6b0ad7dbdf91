import { CardKind } from '@werkbord/shared';
import { CardTool } from '../card/CardTool';

/** Makes a `werkbord-stakeholder` where someone clicks. */
export class StakeholderTool extends CardTool {
  static override id = 'werkbord-stakeholder';
  override readonly kind = CardKind.Stakeholder;
  override shapeType = 'werkbord-stakeholder' as const;
}
