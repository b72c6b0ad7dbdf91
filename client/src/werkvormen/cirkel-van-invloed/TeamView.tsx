import { CirkelVanInvloed } from '@werkbord/shared';
import { useId, type CSSProperties } from 'react';
import type { Editor } from 'tldraw';
import { useT } from '../../i18n/useT';
import { useUiStore } from '../../state/uiStore';
import { TLDRAW_COLOR_VALUES } from '../../werkvorm/zoneColors';
import { keepKeysFromCanvas } from '../../components/keepKeysFromCanvas';
import { chartScale } from './teamChart';
import { useTeamChart } from './useTeamChart';

export const TEAM_VIEW_ID = 'team-view';

/** The bars take the colours the cards take in the circles, so chart and board read alike. */
const AREA_COLOURS = {
  '--team-invloed': TLDRAW_COLOR_VALUES[CirkelVanInvloed.AREA_COLORS.invloed],
  '--team-betrokkenheid': TLDRAW_COLOR_VALUES[CirkelVanInvloed.AREA_COLORS.betrokkenheid],
} as CSSProperties;

/** "Teamoverzicht": opens and closes the comparison of everyone's circles. */
export function TeamViewToggle() {
  const t = useT();
  const open = useUiStore((state) => state.teamViewOpen);
  const setOpen = useUiStore((state) => state.setTeamViewOpen);
  return (
    <button
      type="button"
      className="button button--small team-view-toggle"
      aria-expanded={open}
      aria-controls={TEAM_VIEW_ID}
      aria-label={t('teamView.toggle')}
      onClick={() => setOpen(!open)}
      data-testid="team-view-toggle"
    >
      <svg className="team-view-toggle__icon" viewBox="0 0 20 20" aria-hidden="true">
        <rect x="2" y="11" width="4" height="7" rx="1" />
        <rect x="8" y="4" width="4" height="14" rx="1" />
        <rect x="14" y="8" width="4" height="10" rx="1" />
      </svg>
      <span className="team-view-toggle__text">{t('teamView.toggle')}</span>
    </button>
  );
}

/**
 * The cirkel van invloed's team view: per person, how many cards lie in their circle of influence
 * and in their circle of concern. A real table (read as such by screen readers) whose cells carry
 * a bar, so the group can compare at a glance (colleagues may see the same situation very
 * differently).
 */
export function TeamView() {
  const t = useT();
  const open = useUiStore((state) => state.teamViewOpen);
  const setOpen = useUiStore((state) => state.setTeamViewOpen);
  const editor = useUiStore((state) => state.editor);
  const headingId = useId();
  if (!open) return null;
  return (
    <aside
      id={TEAM_VIEW_ID}
      className="side-panel team-view"
      aria-labelledby={headingId}
      style={AREA_COLOURS}
      {...keepKeysFromCanvas}
      data-testid="team-view"
    >
      <div className="side-panel__header">
        <h2 id={headingId} className="side-panel__title">
          {t('teamView.heading')}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('teamView.close')}
          onClick={() => setOpen(false)}
          data-testid="team-view-close"
        >
          ×
        </button>
      </div>
      <TeamChart editor={editor} />
    </aside>
  );
}

function TeamChart({ editor }: { editor: Editor | null }) {
  const t = useT();
  const rows = useTeamChart(editor);
  const scale = chartScale(rows);
  const empty = rows.every((row) => row.invloed + row.betrokkenheid === 0);
  return (
    <>
      <table className="team-chart">
        <caption className="team-chart__caption">{t('teamView.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('teamView.person')}</th>
            <th scope="col">
              <span className="team-chart__key team-chart__key--invloed" aria-hidden="true" />
              {t('teamView.invloed')}
            </th>
            <th scope="col">
              <span className="team-chart__key team-chart__key--betrokkenheid" aria-hidden="true" />
              {t('teamView.betrokkenheid')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.ownerId}
              data-testid="team-view-row"
              data-owner={row.ownerId}
              data-invloed={row.invloed}
              data-betrokkenheid={row.betrokkenheid}
            >
              <th scope="row" className="team-chart__name">
                {row.name}
              </th>
              <BarCell count={row.invloed} scale={scale} area="invloed" />
              <BarCell count={row.betrokkenheid} scale={scale} area="betrokkenheid" />
            </tr>
          ))}
        </tbody>
      </table>
      {empty && <p className="team-view__empty">{t('teamView.empty')}</p>}
    </>
  );
}

function BarCell({ count, scale, area }: { count: number; scale: number; area: string }) {
  return (
    <td className="team-chart__cell">
      <span className="team-chart__bar-track" aria-hidden="true">
        <span
          className={`team-chart__bar team-chart__bar--${area}`}
          style={{ width: `${(count / scale) * 100}%` }}
        />
      </span>
      <span className="team-chart__count">{count}</span>
    </td>
  );
}
