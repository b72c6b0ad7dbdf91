/**
 * `werkbord-markering`: a person's own marker on a scale, a pill in their colour with their name
 * and, in a round badge, the value where it stands. Nobody writes on it and nobody resizes it;
 * only its owner moves it (`markerRules.ts` here, and the server: `extensions/markers/`).
 */
import { CARD_SIZE, DEFAULT_SHAPE_PROPS } from '@werkbord/shared';
import type { CSSProperties } from 'react';
import { BaseBoxShapeUtil, HTMLContainer } from 'tldraw';
import { anonymousCards } from '../card/anonymousCards';
import { describeCard } from '../card/cardDescription';
import { getCardPlacement } from '../card/cardPlacement';
import type { MarkeringShape } from '../card/cardShapes';
import { cardLanguage, cardText } from '../card/cardText';
import { MarkeringSvg } from './MarkeringSvg';
import { markeringShapeMigrations, markeringShapeProps } from './markeringProps';
import { myUserId } from './myMarker';
import '../../styles/markering.css';

export class MarkeringShapeUtil extends BaseBoxShapeUtil<MarkeringShape> {
  static override type = 'werkbord-markering' as const;
  static override props = markeringShapeProps;
  static override migrations = markeringShapeMigrations;

  override getDefaultProps(): MarkeringShape['props'] {
    return { ...DEFAULT_SHAPE_PROPS.markering };
  }

  override canEdit(): boolean {
    return false;
  }

  override canResize(): boolean {
    return false;
  }

  override hideRotateHandle(): boolean {
    return true;
  }

  override hideResizeHandles(): boolean {
    return true;
  }

  override getText(shape: MarkeringShape): string {
    return shape.props.author;
  }

  /** "Markering ‘Anna’, in 6": tldraw's announcer says it when the marker is selected. */
  override getAriaDescriptor(shape: MarkeringShape): string {
    return describeCard(this.editor, shape.id, cardLanguage(this.editor));
  }

  override getIndicatorPath(shape: MarkeringShape): Path2D {
    const path = new Path2D();
    path.roundRect(0, 0, shape.props.w, shape.props.h, shape.props.h / 2);
    return path;
  }

  override toSvg(shape: MarkeringShape) {
    const language = cardLanguage(this.editor);
    const placement = getCardPlacement(this.editor, shape.id);
    return (
      <MarkeringSvg
        w={shape.props.w}
        h={shape.props.h}
        colour={shape.props.colour}
        name={shape.props.author}
        value={placement?.label[language] ?? ''}
      />
    );
  }

  override component(shape: MarkeringShape) {
    const { editor } = this;
    const language = cardLanguage(editor);
    const t = cardText(language);
    const placement = getCardPlacement(editor, shape.id);
    const value = placement?.value;
    const mine = shape.props.owner === myUserId(editor);
    // On an anonymous board nobody's marker has a name; one's own says so, to find it among the grey.
    const unnamed = anonymousCards.get()
      ? t(mine ? 'marker.you' : 'marker.anonymous')
      : t('marker.nameless');
    const name = shape.props.author || unnamed;
    return (
      <HTMLContainer
        className={`werkbord-marker${mine ? ' werkbord-marker--mine' : ''}`}
        data-testid="card-markering"
        data-zone={placement?.zoneId ?? ''}
        data-owner={shape.props.owner}
        style={{ '--marker-colour': shape.props.colour } as CSSProperties}
        title={mine ? t('marker.mine', { name }) : t('marker.of', { name })}
      >
        <span className="werkbord-marker__value" data-testid="card-placement">
          {value ?? ''}
        </span>
        <span className="werkbord-marker__name">{name}</span>
      </HTMLContainer>
    );
  }
}

/** The size every marker has (its column is this wide plus a gap). */
export const MARKER_SIZE = CARD_SIZE.markering;
