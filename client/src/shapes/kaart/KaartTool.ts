import { CardKind } from '@werkbord/shared';
import { CardTool } from '../card/CardTool';

/** Makes a `werkbord-kaart` where someone clicks. */
export class KaartTool extends CardTool {
  static override id = 'werkbord-kaart';
  override readonly kind = CardKind.Kaart;
  override shapeType = 'werkbord-kaart' as const;
}
