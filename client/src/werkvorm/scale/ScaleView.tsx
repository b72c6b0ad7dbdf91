/**
 * "Verdeling": the board's oogst of its scales, beside the canvas. Per scale a chart with a row
 * per fixed ronde and one for now (median, spread, everyone's dot), and the rondes. The begeleider
 * fixes the markers here ("Zet de markeringen vast": today's ronde is kept and the scale cleared
 * for next time) and removes a ronde made by mistake.
 */
import { Markers, Role } from '@werkbord/shared';
import { useId, useState } from 'react';
import { keepKeysFromCanvas } from '../../components/keepKeysFromCanvas';
import { selectControlDoc } from '../../control/controlSelectors';
import { useControlStore } from '../../control/controlStore';
import { useT } from '../../i18n/useT';
import { useUiStore } from '../../state/uiStore';
import { useWerkvormStore } from '../werkvormStore';
import { fixMarkers, removeRonde, type FixOutcome } from './rondeWrites';
import { ScaleChart } from './ScaleChart';
import { useScaleViewStore } from './scaleViewStore';
import { useScaleCharts } from './useScaleCharts';
import '../../styles/scaleView.css';

export const SCALE_VIEW_ID = 'scale-view';

/** "Verdeling": opens and closes the scale view. */
export function ScaleViewToggle() {
  const t = useT();
  const open = useScaleViewStore((state) => state.open);
  const setOpen = useScaleViewStore((state) => state.setOpen);
  return (
    <button
      type="button"
      className="button button--small scale-view-toggle"
      aria-expanded={open}
      aria-controls={SCALE_VIEW_ID}
      aria-label={t('scaleView.toggle')}
      onClick={() => setOpen(!open)}
      data-testid="scale-view-toggle"
    >
      <svg className="scale-view-toggle__icon" viewBox="0 0 20 20" aria-hidden="true">
        <path d="M2 16h16" />
        <circle cx="6" cy="12.5" r="2" />
        <circle cx="10" cy="12.5" r="2" />
        <circle cx="10" cy="7.5" r="2" />
        <circle cx="14" cy="12.5" r="2" />
      </svg>
      <span className="scale-view-toggle__text">{t('scaleView.toggle')}</span>
    </button>
  );
}

export function ScaleView() {
  const t = useT();
  const open = useScaleViewStore((state) => state.open);
  const setOpen = useScaleViewStore((state) => state.setOpen);
  const headingId = useId();
  if (!open) return null;
  return (
    <aside
      id={SCALE_VIEW_ID}
      className="side-panel scale-view"
      aria-labelledby={headingId}
      {...keepKeysFromCanvas}
      data-testid="scale-view"
    >
      <div className="side-panel__header">
        <h2 id={headingId} className="side-panel__title">
          {t('scaleView.heading')}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('scaleView.close')}
          onClick={() => setOpen(false)}
          data-testid="scale-view-close"
        >
          ×
        </button>
      </div>
      <ScaleViewContent />
    </aside>
  );
}

function ScaleViewContent() {
  const t = useT();
  const language = useUiStore((state) => state.language);
  const editor = useUiStore((state) => state.editor);
  const role = useWerkvormStore((state) => state.role);
  const view = useScaleCharts(editor);
  return (
    <>
      {view.charts.map((chart) => (
        <ScaleChart key={chart.id} chart={chart} language={language} />
      ))}
      <section className="scale-view__rondes" aria-label={t('scaleView.rondes')}>
        <h3 className="scale-view__subheading">{t('scaleView.rondes')}</h3>
        {view.rondes.length === 0 ? (
          <p className="scale-view__hint">{t('scaleView.noRondes')}</p>
        ) : (
          <RondeList rondes={view.rondes} canRemove={role === Role.Facilitator} />
        )}
        {role === Role.Facilitator && <FixMarkers standing={view.standing} />}
      </section>
    </>
  );
}

function RondeList({
  rondes,
  canRemove,
}: {
  rondes: readonly Markers.Ronde[];
  canRemove: boolean;
}) {
  const t = useT();
  const language = useUiStore((state) => state.language);
  const controlDoc = useControlStore(selectControlDoc);
  return (
    <ol className="scale-view__ronde-list">
      {rondes.map((ronde) => {
        const label = Markers.rondeLabel(rondes, ronde)[language];
        return (
          <li key={ronde.id} className="scale-view__ronde" data-testid="scale-ronde">
            <span>
              {label}
              <span className="scale-view__ronde-count">
                {t.plural('scaleView.rondeMarkers', ronde.markers.length)}
              </span>
            </span>
            {canRemove && controlDoc && (
              <button
                type="button"
                className="button button--small"
                aria-label={t('scaleView.removeRonde', { ronde: label })}
                onClick={() => {
                  const { werkvorm, settings } = useWerkvormStore.getState();
                  removeRonde(controlDoc, werkvorm, settings, ronde.id);
                }}
                data-testid="scale-ronde-remove"
              >
                {t('scaleView.remove')}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** "Zet de markeringen vast", asked once more before the scale is cleared. */
function FixMarkers({ standing }: { standing: number }) {
  const t = useT();
  const editor = useUiStore((state) => state.editor);
  const controlDoc = useControlStore(selectControlDoc);
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<FixOutcome | null>(null);
  const hintId = useId();
  if (!editor || !controlDoc) return null;
  const fix = () => {
    const { werkvorm, settings } = useWerkvormStore.getState();
    setOutcome(fixMarkers(editor, controlDoc, werkvorm, settings, Markers.dayOf(new Date())));
    setAsking(false);
  };
  return (
    <div className="scale-view__fix">
      <p id={hintId} className="scale-view__hint">
        {t('scaleView.fixHint')}
      </p>
      {asking ? (
        <div className="scale-view__confirm" role="group" aria-label={t('scaleView.fix')}>
          <p>{t.plural('scaleView.fixConfirm', standing)}</p>
          <button
            type="button"
            className="button button--primary button--small"
            onClick={fix}
            data-testid="scale-fix-confirm"
          >
            {t('scaleView.fix')}
          </button>
          <button type="button" className="button button--small" onClick={() => setAsking(false)}>
            {t('scaleView.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--small"
          aria-describedby={hintId}
          disabled={standing === 0}
          onClick={() => {
            setOutcome(null);
            setAsking(true);
          }}
          data-testid="scale-fix"
        >
          {t('scaleView.fix')}
        </button>
      )}
      <p className="scale-view__status" role="status">
        {outcome === 'fixed' ? t('scaleView.fixed') : outcome === 'full' ? t('scaleView.full') : ''}
      </p>
    </div>
  );
}
