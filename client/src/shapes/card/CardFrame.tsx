/**
 * What every card looks like around its content: the face in its zone's colour, the author and,
 * small in the corner, what the card means where it lies ("ring 2", "jubelmuur", "maart 2015").
 * The werkvorm's marks switched on ("laaghangend fruit") head the card in their colour and draw
 * its edge in the first one's, so they read from the back of the room too.
 * While editing, the card takes pointer and touch events for its form instead of the canvas.
 */
import {
  TLDRAW_COLOR_VALUES,
  readableInk,
  type CardKind,
  type CardMark,
  type Language,
  type Placement,
} from '@werkbord/shared';
import type { CSSProperties, ReactNode, SyntheticEvent } from 'react';
import { HTMLContainer } from 'tldraw';
import { cardColors } from './cardColors';
import { cardText } from './cardText';

interface CardFrameProps {
  kind: CardKind;
  author: string;
  placement: Placement | undefined;
  language: Language;
  isEditing: boolean;
  /** The werkvorm's marks this card carries. */
  marks: readonly CardMark[];
  children: ReactNode;
}

/** A mark's chip: its colour, with the ink that reads best on it. */
function markStyle(color: string): CSSProperties {
  return { '--mark-color': color, '--mark-ink': readableInk(color) } as CSSProperties;
}

/** Keeps an event inside the card being edited, so tldraw neither selects nor drags. */
function keepInCard(event: SyntheticEvent) {
  event.stopPropagation();
}

export function CardFrame({
  kind,
  author,
  placement,
  language,
  isEditing,
  marks,
  children,
}: CardFrameProps) {
  const t = cardText(language);
  const colors = cardColors(kind, placement?.color ?? null);
  const label = placement?.label[language] ?? '';
  const [firstMark] = marks;
  const style = {
    '--card-fill': colors.fill,
    '--card-accent': colors.accent,
    ...(firstMark ? { '--card-mark': TLDRAW_COLOR_VALUES[firstMark.color] } : {}),
  } as CSSProperties;
  const editingHandlers = isEditing
    ? {
        onPointerDown: keepInCard,
        onTouchStart: keepInCard,
        onTouchEnd: keepInCard,
      }
    : {};
  return (
    <HTMLContainer
      className={`werkbord-card werkbord-card--${kind}${isEditing ? ' werkbord-card--editing' : ''}${firstMark ? ' werkbord-card--marked' : ''}`}
      data-testid={`card-${kind}`}
      data-zone={placement?.zoneId ?? ''}
      style={style}
      {...editingHandlers}
    >
      {marks.length > 0 && !isEditing && (
        <ul className="werkbord-card__marks" data-testid="card-marks">
          {marks.map((mark) => (
            <li
              key={mark.id}
              className="werkbord-card__mark"
              style={markStyle(TLDRAW_COLOR_VALUES[mark.color])}
              data-mark={mark.id}
              title={mark.label[language]}
            >
              <span className="werkbord-card__mark-label">{mark.label[language]}</span>
              <span className="werkbord-card__mark-short" aria-hidden="true">
                {mark.short[language]}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="werkbord-card__body">{children}</div>
      <div className="werkbord-card__footer">
        <span
          className="werkbord-card__author"
          title={author ? t('card.author', { name: author }) : undefined}
        >
          {author}
        </span>
        <span
          className="werkbord-card__placement"
          data-testid="card-placement"
          title={label ? t('card.placement', { label }) : undefined}
        >
          {label}
        </span>
      </div>
    </HTMLContainer>
  );
}
