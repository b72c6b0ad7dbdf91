/** The face of a kaart (its text) and its edit form. */
import { TextLimit, type Language } from '@werkbord/shared';
import type { Editor } from 'tldraw';
import { TextAreaField, updateCardProps } from '../card/cardFields';
import type { KaartShape } from '../card/cardShapes';
import { cardText } from '../card/cardText';
import { softHyphens } from '../card/softHyphens';

export function KaartView({ shape, language }: { shape: KaartShape; language: Language }) {
  const { text } = shape.props;
  return text ? (
    <div className="werkbord-card__text">{softHyphens(text)}</div>
  ) : (
    <div className="werkbord-card__hint">{cardText(language)('card.empty')}</div>
  );
}

interface EditorProps {
  shape: KaartShape;
  editor: Editor;
  language: Language;
}

export function KaartEditor({ shape, editor, language }: EditorProps) {
  const t = cardText(language);
  return (
    <div className="werkbord-card__form" role="group" aria-label={t('card.edit.kaart')}>
      <TextAreaField
        className="werkbord-card__input--text"
        label={t('card.field.text')}
        defaultValue={shape.props.text}
        maxLength={TextLimit.Text}
        onValue={(text) => updateCardProps(editor, shape, { text })}
        autoFocus
      />
    </div>
  );
}
