import { CardKind } from '@werkbord/shared';
import { CardTool } from '../card/CardTool';

/** Makes a `werkbord-anekdote` where someone clicks. */
export class AnekdoteTool extends CardTool {
  static override id = 'werkbord-anekdote';
  override readonly kind = CardKind.Anekdote;
  override shapeType = 'werkbord-anekdote' as const;
}
