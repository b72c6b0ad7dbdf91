import {
  BoardKey,
  CONTROL_BOARD,
  Role,
  TITLE_MAX_LENGTH,
  type SettingsField,
  type Werkvorm,
} from '@werkbord/shared';
import { ModalFormDialog } from '../components/ModalFormDialog';
import { useId, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { AnonymousSwitch } from '../components/AnonymousSwitch';
import { selectAnonymous, selectParticipantDrawingOff } from '../control/controlSelectors';
import { useControlStore } from '../control/controlStore';
import { writeAnonymous, writeParticipantDrawingOff } from '../facilitation/sessionWrites';
import { useT } from '../i18n/useT';
import { useUiStore } from '../state/uiStore';
import type { Participant } from '../sync/participants';
import { DrawingSwitch } from '../toolbar/DrawingSwitch';
import { applySettingsChange } from '../werkvorm/canvas/applySettingsChange';
import { writeSettings } from '../werkvorm/controlState';
import { sameValue } from '../werkvorm/sameValue';
import { SettingsForm } from '../werkvorm/settingsForm/SettingsForm';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { titleProblem } from '../werkvorm/panels/boardTitle';
import { asNamedItems, withParticipants } from '../werkvorm/panels/participantOwners';

interface SettingsDialogProps {
  /** The control document; `null` while the session starts. */
  controlDoc: Y.Doc | null;
  /** The board's title as the control document has it. */
  title: string;
  participants: readonly Participant[];
}

/**
 * The facilitator's settings of the running werkvorm and the board's title, and the board's
 * switches (drawing off for deelnemers, anoniem schrijven), in a modal dialog.
 * Saving writes the control document (the server refuses it from anyone else) and lays the cards
 * out again so each keeps its meaning in the new background.
 */
export function SettingsDialog(props: SettingsDialogProps) {
  const open = useUiStore((state) => state.settingsDialogOpen);
  const role = useWerkvormStore((state) => state.role);
  if (!open || role !== Role.Facilitator) return null;
  return <SettingsDialogContent {...props} />;
}

function SettingsDialogContent({ controlDoc, title, participants }: SettingsDialogProps) {
  const t = useT();
  const setOpen = useUiStore((state) => state.setSettingsDialogOpen);
  const editor = useUiStore((state) => state.editor);
  const werkvorm = useWerkvormStore((state) => state.werkvorm);
  const [initialSettings] = useState(() => useWerkvormStore.getState().settings);
  const [value, setValue] = useState<unknown>(() => structuredClone(initialSettings));
  const [boardTitle, setBoardTitle] = useState(title);
  const [initialDrawingOff] = useState(() =>
    selectParticipantDrawingOff(useControlStore.getState()),
  );
  const [drawingOff, setDrawingOff] = useState(initialDrawingOff);
  const [initialAnonymous] = useState(() => selectAnonymous(useControlStore.getState()));
  const [anonymous, setAnonymous] = useState(initialAnonymous);
  const [tried, setTried] = useState(false);
  const [notice, setNotice] = useState('');
  const titleInputId = useId();
  const formIdPrefix = useId();

  const validation = werkvorm.settings.validate(value);
  const errors = validation.ok ? [] : validation.errors;
  const problem = titleProblem(boardTitle);
  const invalid = problem !== null || !validation.ok;
  const close = () => setOpen(false);

  function save(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!controlDoc) return setNotice(t('settingsDialog.offline'));
    if (invalid || !validation.ok) return;
    const newTitle = boardTitle.trim();
    const settingsChanged = !sameValue(validation.value, initialSettings);
    // One transaction: everyone gets the title and the settings in one update.
    controlDoc.transact(() => {
      if (newTitle !== title) {
        controlDoc.getMap<unknown>(CONTROL_BOARD).set(BoardKey.Title, newTitle);
      }
      if (settingsChanged) writeSettings(controlDoc, werkvorm, validation.value);
      if (drawingOff !== initialDrawingOff) writeParticipantDrawingOff(controlDoc, drawingOff);
      if (anonymous !== initialAnonymous) writeAnonymous(controlDoc, anonymous);
    });
    // Keeps every card's meaning in the new layout (it does nothing when the settings are the same).
    if (editor) applySettingsChange(editor, werkvorm, initialSettings, validation.value);
    close();
  }

  return (
    <ModalFormDialog
      className=""
      testId="settings-dialog"
      title={t('settingsDialog.title')}
      closeLabel={t('settingsDialog.close')}
      closeTestId="settings-close"
      onClose={close}
      onSubmit={save}
    >
      <div className="settings-dialog__body">
        <p className="dialog__body">{t('settingsDialog.intro')}</p>
        <label className="field" htmlFor={titleInputId}>
          <span className="field__label">{t('settingsDialog.boardTitle')}</span>
          <input
            id={titleInputId}
            className="field__input"
            type="text"
            value={boardTitle}
            maxLength={TITLE_MAX_LENGTH}
            aria-invalid={problem !== null}
            aria-describedby={problem ? `${titleInputId}-error` : undefined}
            onChange={(event) => setBoardTitle(event.target.value)}
            data-testid="settings-title"
          />
        </label>
        {problem && (
          <p id={`${titleInputId}-error`} className="form-error">
            {problem === 'required'
              ? t('settingsDialog.titleRequired')
              : t('settingsDialog.titleTooLong', { max: TITLE_MAX_LENGTH })}
          </p>
        )}
        <SettingsForm
          werkvorm={werkvorm}
          value={value}
          onChange={setValue}
          errors={errors}
          idPrefix={formIdPrefix}
        />
        <DrawingSwitch off={drawingOff} onChange={setDrawingOff} />
        <AnonymousSwitch on={anonymous} onChange={setAnonymous} existingCards={!initialAnonymous} />
        <AddParticipantsButton
          werkvorm={werkvorm}
          value={value}
          participants={participants}
          onChange={(next, added) => {
            setValue(next);
            setNotice(
              added > 0
                ? t('settingsDialog.addParticipantsAdded', { count: added })
                : t('settingsDialog.addParticipantsNone'),
            );
          }}
        />
      </div>
      <div className="settings-dialog__footer">
        <p
          className="settings-dialog__notice"
          role="status"
          data-error={tried && invalid}
          data-testid="settings-notice"
        >
          {tried && invalid ? t('settingsDialog.invalid') : notice}
        </p>
        <button type="button" className="button" onClick={close} data-testid="settings-cancel">
          {t('settingsDialog.cancel')}
        </button>
        <button type="submit" className="button button--primary" data-testid="settings-save">
          {t('settingsDialog.save')}
        </button>
      </div>
    </ModalFormDialog>
  );
}

interface AddParticipantsButtonProps {
  werkvorm: Werkvorm;
  value: unknown;
  participants: readonly Participant[];
  onChange(next: unknown, added: number): void;
}

/**
 * "Iedereen die er is": for a werkvorm with a name list (the owners of the cirkel van invloed),
 * adds every participant present who is not listed yet.
 */
function AddParticipantsButton({
  werkvorm,
  value,
  participants,
  onChange,
}: AddParticipantsButtonProps) {
  const t = useT();
  const hintId = useId();
  const field = werkvorm.settings.fields.find(
    (f): f is Extract<SettingsField, { kind: 'name-list' }> => f.kind === 'name-list',
  );
  if (!field) return null;
  const names = participants
    .filter((participant) => participant.role === Role.Participant)
    .map((participant) => participant.name);

  function add() {
    if (!field) return;
    const record = (typeof value === 'object' && value !== null ? value : {}) as Record<
      string,
      unknown
    >;
    const before = asNamedItems(record[field.key]);
    const after = withParticipants(before, names, field);
    onChange({ ...record, [field.key]: after }, after.length - before.length);
  }

  return (
    <div className="settings-dialog__participants">
      <button
        type="button"
        className="button button--small"
        aria-describedby={hintId}
        onClick={add}
        data-testid="settings-add-participants"
      >
        {t('settingsDialog.addParticipants')}
      </button>
      <p id={hintId} className="settings-dialog__hint">
        {t('settingsDialog.addParticipantsHint')}
      </p>
    </div>
  );
}
