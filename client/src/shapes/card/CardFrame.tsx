/**
 * What every card looks like around its content: the face in its zone's colour, the author and,
 * small in the corner, what the card means where it lies ("ring 2", "jubelmuur", "maart 2015").
 * While editing, the card takes pointer and touch events for its form instead of the canvas.
 */
import type { CardKind, Language, Placement } from '@werkbord/shared';
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
  children: ReactNode;
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
  children,
}: CardFrameProps) {
  const t = cardText(language);
  const colors = cardColors(kind, placement?.color ?? null);
  const label = placement?.label[language] ?? '';
  const style = { '--card-fill': colors.fill, '--card-accent': colors.accent } as CSSProperties;
  const editingHandlers = isEditing
    ? {
        onPointerDown: keepInCard,
        onTouchStart: keepInCard,
        onTouchEnd: keepInCard,
      }
    : {};
  return (
    <HTMLContainer
      className={`werkbord-card werkbord-card--${kind}${isEditing ? ' werkbord-card--editing' : ''}`}
      data-testid={`card-${kind}`}
      data-zone={placement?.zoneId ?? ''}
      style={style}
      {...editingHandlers}
    >
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
