import { useId, useState, type FormEvent } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import { selectAnonymous } from '../control/controlSelectors';
import { useControlStore } from '../control/controlStore';
import { NAME_MAX_LENGTH, cleanName } from '../identity/userIdentity';
import { useT } from '../i18n/useT';
import { useUiStore } from '../state/uiStore';

/**
 * Asks the name once per browser (it is remembered for all boards); shown again on
 * "Naam wijzigen". Until there is a name, nobody sees my cursor or my row in the list.
 */
export function NameDialog() {
  const name = useUiStore((state) => state.identity.name);
  const open = useUiStore((state) => state.nameDialogOpen);
  if (name !== null && !open) return null;
  return <NameForm initial={name ?? ''} canCancel={name !== null} />;
}

function NameForm({ initial, canCancel }: { initial: string; canCancel: boolean }) {
  const t = useT();
  const setName = useUiStore((state) => state.setName);
  const setOpen = useUiStore((state) => state.setNameDialogOpen);
  const [value, setValue] = useState(initial);
  const [error, setError] = useState(false);
  const anonymous = useControlStore(selectAnonymous);
  const inputId = useId();
  const titleId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!cleanName(value)) return setError(true);
    setName(value);
    setOpen(false);
  }

  return (
    <ModalDialog
      className="dialog name-dialog"
      testId="name-dialog"
      labelledBy={titleId}
      onClose={canCancel ? () => setOpen(false) : undefined}
    >
      <form className="dialog__form" onSubmit={submit} noValidate>
        <h2 className="dialog__title" id={titleId}>
          {t('name.title')}
        </h2>
        <p className="dialog__body">{t('name.body')}</p>
        {anonymous && (
          <p className="dialog__body" data-testid="name-anonymous">
            {t('anonymous.nameNotice')}
          </p>
        )}
        <label className="field" htmlFor={inputId}>
          <span className="field__label">{t('name.label')}</span>
          <input
            id={inputId}
            className="field__input"
            type="text"
            autoComplete="given-name"
            autoFocus
            maxLength={NAME_MAX_LENGTH}
            value={value}
            placeholder={t('name.placeholder')}
            aria-invalid={error}
            onChange={(event) => {
              setValue(event.target.value);
              setError(false);
            }}
            data-testid="name-input"
          />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {t('name.required')}
          </p>
        )}
        <button
          type="submit"
          className="button button--primary button--large"
          data-testid="name-submit"
        >
          {t('name.submit')}
        </button>
      </form>
    </ModalDialog>
  );
}
