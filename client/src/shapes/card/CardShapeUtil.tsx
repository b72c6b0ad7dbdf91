/**
 * What the three card shapes share: a resizable box with a minimum size, edited in place
 * (double-click, double-tap or Enter), rendered as HTML in a `CardFrame`.
 *
 * `component` reads the placement, editing state and language through tldraw's signals; tldraw
 * tracks those reads, so each card re-renders only when one of them changes for that card.
 */
import { TLDRAW_COLOR_VALUES, type CardKind, type Language } from '@werkbord/shared';
import type { ReactNode } from 'react';
import { BaseBoxShapeUtil, resizeBox, type Editor, type TLResizeInfo } from 'tldraw';
import { shownAuthor } from './anonymousCards';
import { CardSvg } from './CardSvg';
import { CardFrame } from './CardFrame';
import { cardColors } from './cardColors';
import { shapeMarks } from './cardMarkWrites';
import { describeCard } from './cardDescription';
import { isCardEditing } from './cardEditing';
import { getCardPlacement } from './cardPlacement';
import type { CardShape } from './cardShapes';
import { cardLanguage } from './cardText';

/** The corner radius of a card face and of its selection outline. */
export const CARD_RADIUS = 8;

/**
 * Below this zoom the edit form's 16px inputs shrink under 12px on screen; editing then brings
 * the card to 100% first (on a phone the browser would otherwise zoom the whole page).
 */
const MIN_EDITING_ZOOM = 0.75;

export interface CardRenderContext {
  editor: Editor;
  language: Language;
  isEditing: boolean;
}

/** What a card shows in an export (`toSvg`): a small kicker, a heading and its text. */
export interface CardSvgTexts {
  kicker?: string;
  heading?: string;
  body: string;
}

export abstract class CardShapeUtil<S extends CardShape> extends BaseBoxShapeUtil<S> {
  abstract readonly kind: CardKind;
  /** The smallest size a card can be resized to: its texts must stay readable. */
  abstract readonly minSize: { w: number; h: number };

  /** The card's content: what it shows, or its edit form while editing. */
  abstract renderContent(shape: S, context: CardRenderContext): ReactNode;

  /** What tldraw's announcer says when the card is selected: kind, text and zone. */
  override getAriaDescriptor(shape: S): string {
    return describeCard(this.editor, shape.id, cardLanguage(this.editor));
  }

  override canEdit(): boolean {
    return true;
  }

  override onEditStart(shape: S): void {
    const { editor } = this;
    if (editor.getZoomLevel() >= MIN_EDITING_ZOOM) return;
    const bounds = editor.getShapePageBounds(shape);
    if (bounds) editor.zoomToBounds(bounds, { targetZoom: 1, animation: { duration: 200 } });
  }

  override onResize(shape: S, info: TLResizeInfo<S>) {
    return resizeBox(shape, info, { minWidth: this.minSize.w, minHeight: this.minSize.h });
  }

  override getIndicatorPath(shape: S): Path2D {
    const path = new Path2D();
    path.roundRect(0, 0, shape.props.w, shape.props.h, CARD_RADIUS);
    return path;
  }

  /** The texts of the card in an export; cards with more than one field override this. */
  svgTexts(shape: S, _language: Language): CardSvgTexts {
    return { body: this.getText(shape) ?? '' };
  }

  /** Cards are HTML on the canvas; exports (PNG, SVG, PDF, thumbnails) draw this SVG instead. */
  override toSvg(shape: S) {
    const { editor } = this;
    const language = cardLanguage(editor);
    const placement = getCardPlacement(editor, shape.id);
    const colors = cardColors(this.kind, placement?.color ?? null);
    const marks = shapeMarks(shape).map((mark) => ({
      label: mark.label[language],
      color: TLDRAW_COLOR_VALUES[mark.color],
    }));
    return (
      <CardSvg
        w={shape.props.w}
        h={shape.props.h}
        fill={colors.fill}
        accent={colors.accent}
        author={shownAuthor(shape.props.author)}
        placement={placement?.label[language] ?? ''}
        marks={marks}
        {...this.svgTexts(shape, language)}
      />
    );
  }

  override component(shape: S) {
    const { editor } = this;
    const language = cardLanguage(editor);
    const isEditing = isCardEditing(editor, shape.id);
    return (
      <CardFrame
        kind={this.kind}
        author={shownAuthor(shape.props.author)}
        placement={getCardPlacement(editor, shape.id)}
        language={language}
        isEditing={isEditing}
        marks={shapeMarks(shape)}
      >
        {this.renderContent(shape, { editor, language, isEditing })}
      </CardFrame>
    );
  }
}
