/**
 * The date of an anekdote, typed as people write it ("2015", "maart 2015", "2014–2016"). A date
 * `parsePeriod` reads is stored in its canonical form right away; anything else is not stored,
 * and after a pause or on leaving the field a short error says so.
 */
import { TextLimit, parsePeriod, periodToIso } from '@werkbord/shared';
import { useEffect, useId, useState } from 'react';
import type { CardText } from '../card/cardText';

/** How long typing must pause before an unreadable date is called out. */
const ERROR_DELAY_MS = 800;

interface DateFieldProps {
  /** The stored date (`''` or canonical). */
  initial: string;
  /** Called with `''` or a canonical date whenever the text reads as one. */
  onDate(date: string): void;
  t: CardText;
}

/** `''` for an empty text, the canonical date for a readable one, `null` otherwise. */
export function readDate(text: string): string | null {
  if (text.trim() === '') return '';
  const period = parsePeriod(text);
  return period ? periodToIso(period) : null;
}

export function DateField({ initial, onDate, t }: DateFieldProps) {
  const [draft, setDraft] = useState(initial);
  const [errorShown, setErrorShown] = useState(false);
  const errorId = useId();
  const invalid = readDate(draft) === null;

  useEffect(() => {
    if (!invalid) return;
    const timer = setTimeout(() => setErrorShown(true), ERROR_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, invalid]);

  const showError = invalid && errorShown;
  return (
    <div className="werkbord-card__field">
      <input
        type="text"
        inputMode="text"
        className="werkbord-card__input werkbord-card__input--date"
        aria-label={t('card.field.date')}
        aria-invalid={showError}
        aria-describedby={showError ? errorId : undefined}
        placeholder={t('card.field.datePlaceholder')}
        value={draft}
        maxLength={TextLimit.Date}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setDraft(text);
          setErrorShown(false);
          const date = readDate(text);
          if (date !== null) onDate(date);
        }}
        onBlur={() => setErrorShown(true)}
      />
      {showError && (
        <div id={errorId} className="werkbord-card__error" role="alert">
          {t('card.field.dateInvalid')}
        </div>
      )}
    </div>
  );
}
