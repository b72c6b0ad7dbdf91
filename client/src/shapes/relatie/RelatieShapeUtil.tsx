/**
 * `werkbord-relatie`: a line between two cards, or a card and the centre. Its ends are kept on the
 * cards by `RelatieEndBindingUtil`; the shape only draws the line it is given. Not resizable or
 * rotatable, and moving it alone does nothing (it stays between its cards).
 */
import { RELATION_STRENGTH_LABELS, type RelationStrength } from '@werkbord/shared';
import {
  Edge2d,
  SVGContainer,
  ShapeUtil,
  Vec,
  type TLShapePartial,
  type TLShapeUtilCanBindOpts,
} from 'tldraw';
import { translate } from '../../i18n/translate';
import { cardLanguage } from '../card/cardText';
import {
  RELATIE_MIGRATIONS,
  RELATIE_PROPS,
  RELATIE_TYPE,
  defaultRelatieProps,
  type RelatieShape,
} from './relatieProps';

/** Stroke width and dash pattern per strength, in page units. */
export const RELATIE_STROKE: Record<RelationStrength, { width: number; dash?: string }> = {
  sterk: { width: 6 },
  zwak: { width: 2 },
  // Zero-length dashes with round caps draw dots.
  'aandacht-nodig': { width: 3, dash: '0 9' },
};

/** The ink of exported relations; on the canvas the line follows tldraw's text colour (dark mode). */
const EXPORT_INK = '#1d1d1d';

function RelatieLine({ shape, ink }: { shape: RelatieShape; ink: string }) {
  const { start, end, strength } = shape.props;
  const stroke = RELATIE_STROKE[strength];
  return (
    <line
      x1={start.x}
      y1={start.y}
      x2={end.x}
      y2={end.y}
      stroke={ink}
      strokeWidth={stroke.width}
      strokeDasharray={stroke.dash}
      strokeLinecap="round"
      data-strength={strength}
    />
  );
}

export class RelatieShapeUtil extends ShapeUtil<RelatieShape> {
  static override type = RELATIE_TYPE;
  static override props = RELATIE_PROPS;
  static override migrations = RELATIE_MIGRATIONS;

  override getDefaultProps(): RelatieShape['props'] {
    return defaultRelatieProps();
  }

  override getGeometry(shape: RelatieShape) {
    return new Edge2d({ start: Vec.From(shape.props.start), end: Vec.From(shape.props.end) });
  }

  override component(shape: RelatieShape) {
    return (
      <SVGContainer className="werkbord-relatie" data-testid="relatie-line">
        <RelatieLine shape={shape} ink="var(--tl-color-text)" />
      </SVGContainer>
    );
  }

  override getIndicatorPath(shape: RelatieShape): Path2D {
    const path = new Path2D();
    path.moveTo(shape.props.start.x, shape.props.start.y);
    path.lineTo(shape.props.end.x, shape.props.end.y);
    return path;
  }

  override toSvg(shape: RelatieShape) {
    return <RelatieLine shape={shape} ink={EXPORT_INK} />;
  }

  override getAriaDescriptor(shape: RelatieShape): string {
    // tldraw's locale follows our language; reading it here keeps browser-only modules out.
    const language = cardLanguage(this.editor);
    const strength = RELATION_STRENGTH_LABELS[shape.props.strength][language];
    return translate(language, 'relatie.aria', { strength });
  }

  // Nothing binds to a relation (arrows included): relations connect cards only.
  override canBind({ toShapeType }: TLShapeUtilCanBindOpts<RelatieShape>): boolean {
    return toShapeType !== RELATIE_TYPE;
  }
  override canResize(): boolean {
    return false;
  }
  override canSnap(): boolean {
    return false;
  }
  override canEdit(): boolean {
    return false;
  }
  override canBeLaidOut(): boolean {
    return false;
  }
  override hideResizeHandles(): boolean {
    return true;
  }
  override hideRotateHandle(): boolean {
    return true;
  }
  override hideSelectionBoundsBg(): boolean {
    return true;
  }
  override hideSelectionBoundsFg(): boolean {
    return true;
  }

  // Dragging a relation leaves it where it is: its place is between its cards.
  override onTranslate(initial: RelatieShape): TLShapePartial<RelatieShape> {
    return { id: initial.id, type: RELATIE_TYPE, x: initial.x, y: initial.y };
  }
}
