/** `werkbord-stakeholder`: a party on the stakeholdermap, with its interests and tags. */
import {
  CardKind,
  DEFAULT_SHAPE_PROPS,
  STAKEHOLDER_TAG_LABELS,
  type Language,
} from '@werkbord/shared';
import { CardShapeUtil, type CardRenderContext, type CardSvgTexts } from '../card/CardShapeUtil';
import type { StakeholderShape } from '../card/cardShapes';
import { StakeholderEditor, StakeholderView } from './StakeholderContent';
import { stakeholderShapeMigrations, stakeholderShapeProps } from './stakeholderProps';

export class StakeholderShapeUtil extends CardShapeUtil<StakeholderShape> {
  static override type = 'werkbord-stakeholder' as const;
  static override props = stakeholderShapeProps;
  static override migrations = stakeholderShapeMigrations;

  override readonly kind = CardKind.Stakeholder;
  override readonly minSize = { w: 160, h: 110 };

  override getDefaultProps(): StakeholderShape['props'] {
    return { ...DEFAULT_SHAPE_PROPS.stakeholder, tags: [] };
  }

  override getText(shape: StakeholderShape): string {
    return [shape.props.name, shape.props.belangen].filter(Boolean).join('\n');
  }

  override svgTexts(shape: StakeholderShape, language: Language): CardSvgTexts {
    const { name, belangen, tags } = shape.props;
    const tagLine = tags.map((tag) => STAKEHOLDER_TAG_LABELS[tag][language]).join(' · ');
    return { heading: name, body: [belangen, tagLine].filter(Boolean).join('\n') };
  }

  override renderContent(
    shape: StakeholderShape,
    { editor, language, isEditing }: CardRenderContext,
  ) {
    return isEditing ? (
      <StakeholderEditor shape={shape} editor={editor} language={language} />
    ) : (
      <StakeholderView shape={shape} language={language} />
    );
  }
}
