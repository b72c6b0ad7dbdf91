/** `werkbord-kaart`: a plain note whose colour follows the zone it lies in. */
import { CardKind, DEFAULT_SHAPE_PROPS } from '@werkbord/shared';
import { CardShapeUtil, type CardRenderContext } from '../card/CardShapeUtil';
import type { KaartShape } from '../card/cardShapes';
import { KaartEditor, KaartView } from './KaartContent';
import { kaartShapeMigrations, kaartShapeProps } from './kaartProps';

export class KaartShapeUtil extends CardShapeUtil<KaartShape> {
  static override type = 'werkbord-kaart' as const;
  static override props = kaartShapeProps;
  static override migrations = kaartShapeMigrations;

  override readonly kind = CardKind.Kaart;
  override readonly minSize = { w: 120, h: 80 };

  override getDefaultProps(): KaartShape['props'] {
    return { ...DEFAULT_SHAPE_PROPS.kaart };
  }

  override getText(shape: KaartShape): string {
    return shape.props.text;
  }

  override renderContent(shape: KaartShape, { editor, language, isEditing }: CardRenderContext) {
    return isEditing ? (
      <KaartEditor shape={shape} editor={editor} language={language} />
    ) : (
      <KaartView shape={shape} language={language} />
    );
  }
}
