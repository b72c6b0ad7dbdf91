/** `werkbord-anekdote`: a dated story on the historielijn. */
import { CardKind, DEFAULT_SHAPE_PROPS, type Language } from '@werkbord/shared';
import { CardShapeUtil, type CardRenderContext, type CardSvgTexts } from '../card/CardShapeUtil';
import type { AnekdoteShape } from '../card/cardShapes';
import { AnekdoteEditor, AnekdoteView, formatAnekdoteDate } from './AnekdoteContent';
import { anekdoteShapeMigrations, anekdoteShapeProps } from './anekdoteProps';

export class AnekdoteShapeUtil extends CardShapeUtil<AnekdoteShape> {
  static override type = 'werkbord-anekdote' as const;
  static override props = anekdoteShapeProps;
  static override migrations = anekdoteShapeMigrations;

  override readonly kind = CardKind.Anekdote;
  override readonly minSize = { w: 160, h: 110 };

  override getDefaultProps(): AnekdoteShape['props'] {
    return { ...DEFAULT_SHAPE_PROPS.anekdote };
  }

  override getText(shape: AnekdoteShape): string {
    return [shape.props.date, shape.props.title, shape.props.story].filter(Boolean).join('\n');
  }

  override svgTexts(shape: AnekdoteShape, language: Language): CardSvgTexts {
    const { date, title, story } = shape.props;
    return { kicker: formatAnekdoteDate(date, language), heading: title, body: story };
  }

  override renderContent(shape: AnekdoteShape, { editor, language, isEditing }: CardRenderContext) {
    return isEditing ? (
      <AnekdoteEditor shape={shape} editor={editor} language={language} />
    ) : (
      <AnekdoteView shape={shape} language={language} />
    );
  }
}
