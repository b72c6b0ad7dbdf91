/** The face of a stakeholder (name, belangen, tag chips) and its edit form. */
import { STAKEHOLDER_TAG_LABELS, StakeholderTag, TextLimit, type Language } from '@werkbord/shared';
import type { Editor } from 'tldraw';
import { TextAreaField, TextField, updateCardProps } from '../card/cardFields';
import type { StakeholderShape } from '../card/cardShapes';
import { cardText } from '../card/cardText';
import { softHyphens } from '../card/softHyphens';

/** Every tag, in the order the form and the chips show them. */
const ALL_TAGS = Object.values(StakeholderTag);

/** The tags with `tag` switched on or off, in canonical order and each at most once. */
export function withTag(
  tags: readonly StakeholderTag[],
  tag: StakeholderTag,
  on: boolean,
): StakeholderTag[] {
  return ALL_TAGS.filter((each) => (each === tag ? on : tags.includes(each)));
}

export function StakeholderView({
  shape,
  language,
}: {
  shape: StakeholderShape;
  language: Language;
}) {
  const { name, belangen, tags } = shape.props;
  const isEmpty = !name && !belangen && tags.length === 0;
  return (
    <>
      {name && <div className="werkbord-card__title">{softHyphens(name)}</div>}
      {belangen && <div className="werkbord-card__story">{belangen}</div>}
      {tags.length > 0 && (
        <ul className="werkbord-card__tags">
          {tags.map((tag) => (
            <li key={tag} className={`werkbord-card__tag werkbord-card__tag--${tag}`}>
              {STAKEHOLDER_TAG_LABELS[tag][language]}
            </li>
          ))}
        </ul>
      )}
      {isEmpty && <div className="werkbord-card__hint">{cardText(language)('card.empty')}</div>}
    </>
  );
}

interface EditorProps {
  shape: StakeholderShape;
  editor: Editor;
  language: Language;
}

export function StakeholderEditor({ shape, editor, language }: EditorProps) {
  const t = cardText(language);
  const update = (props: Partial<StakeholderShape['props']>) =>
    updateCardProps(editor, shape, props);
  return (
    <div className="werkbord-card__form" role="group" aria-label={t('card.edit.stakeholder')}>
      <TextField
        className="werkbord-card__input--title"
        label={t('card.field.name')}
        defaultValue={shape.props.name}
        maxLength={TextLimit.Name}
        onValue={(name) => update({ name })}
        autoFocus
      />
      <TextAreaField
        label={t('card.field.belangen')}
        defaultValue={shape.props.belangen}
        maxLength={TextLimit.Belangen}
        onValue={(belangen) => update({ belangen })}
      />
      <fieldset className="werkbord-card__checks">
        <legend className="werkbord-card__legend">{t('card.field.tags')}</legend>
        {ALL_TAGS.map((tag) => (
          <label key={tag} className="werkbord-card__check">
            <input
              type="checkbox"
              checked={shape.props.tags.includes(tag)}
              onChange={(event) =>
                update({ tags: withTag(shape.props.tags, tag, event.currentTarget.checked) })
              }
            />
            {STAKEHOLDER_TAG_LABELS[tag][language]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
