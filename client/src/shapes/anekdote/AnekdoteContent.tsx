/** The face of an anekdote (date, title, story) and its edit form. */
import { TextLimit, formatPeriod, parsePeriod, type Language } from '@werkbord/shared';
import type { Editor } from 'tldraw';
import { TextAreaField, TextField, updateCardProps } from '../card/cardFields';
import type { AnekdoteShape } from '../card/cardShapes';
import { cardText } from '../card/cardText';
import { softHyphens } from '../card/softHyphens';
import { DateField } from './DateField';

/** "maart 2015", "2014 – 2016"; the stored text itself if it were ever unreadable. */
export function formatAnekdoteDate(date: string, language: Language): string {
  if (date === '') return '';
  const period = parsePeriod(date);
  return period ? formatPeriod(period, language) : date;
}

export function AnekdoteView({ shape, language }: { shape: AnekdoteShape; language: Language }) {
  const { date, title, story } = shape.props;
  const dateText = formatAnekdoteDate(date, language);
  const isEmpty = !dateText && !title && !story;
  return (
    <>
      {dateText && <div className="werkbord-card__date">{dateText}</div>}
      {title && <div className="werkbord-card__title">{softHyphens(title)}</div>}
      {story && <div className="werkbord-card__story">{story}</div>}
      {isEmpty && <div className="werkbord-card__hint">{cardText(language)('card.empty')}</div>}
    </>
  );
}

interface EditorProps {
  shape: AnekdoteShape;
  editor: Editor;
  language: Language;
}

export function AnekdoteEditor({ shape, editor, language }: EditorProps) {
  const t = cardText(language);
  const update = (props: Partial<AnekdoteShape['props']>) => updateCardProps(editor, shape, props);
  return (
    <div className="werkbord-card__form" role="group" aria-label={t('card.edit.anekdote')}>
      <DateField initial={shape.props.date} onDate={(date) => update({ date })} t={t} />
      <TextField
        className="werkbord-card__input--title"
        label={t('card.field.title')}
        defaultValue={shape.props.title}
        maxLength={TextLimit.Title}
        onValue={(title) => update({ title })}
        autoFocus
      />
      <TextAreaField
        label={t('card.field.story')}
        defaultValue={shape.props.story}
        maxLength={TextLimit.Story}
        onValue={(story) => update({ story })}
      />
    </div>
  );
}
