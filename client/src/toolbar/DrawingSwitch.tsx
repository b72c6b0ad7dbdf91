/**
 * "Tekenen uit voor deelnemers" in the begeleider's settings: a controlled checkbox, saved with
 * the rest of the dialog (`writeParticipantDrawingOff`).
 */
import { useT } from '../i18n/useT';

interface DrawingSwitchProps {
  off: boolean;
  onChange(off: boolean): void;
}

export function DrawingSwitch({ off, onChange }: DrawingSwitchProps) {
  const t = useT();
  return (
    <label className="drawing-switch">
      <input
        type="checkbox"
        checked={off}
        onChange={(event) => onChange(event.target.checked)}
        data-testid="settings-drawing-off"
      />
      <span>
        {t('settingsDialog.drawingOff')}
        <span className="drawing-switch__hint">{t('settingsDialog.drawingOffHint')}</span>
      </span>
    </label>
  );
}
