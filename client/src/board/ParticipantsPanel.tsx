import { Role } from '@werkbord/shared';
import { ParticipantExtras, RoundMarkTag, useRoundMarks } from '../facilitation/ParticipantExtras';
import { useT } from '../i18n/useT';
import { PrivateCountTag } from '../private/PrivateCount';
import type { MessageKey } from '../i18n/nl';
import { useUiStore } from '../state/uiStore';
import type { Participant } from '../sync/participants';
import { PARTICIPANTS_PANEL_ID } from './ParticipantsButton';

const ROLE_LABELS: Record<Role, MessageKey> = {
  [Role.Facilitator]: 'role.facilitator',
  [Role.Participant]: 'role.participant',
  [Role.Viewer]: 'role.viewerShort',
};

/** Who is here: name, colour (as on their cursor) and role; me first, with "Naam wijzigen". */
export function ParticipantsPanel({ participants }: { participants: Participant[] }) {
  const t = useT();
  const open = useUiStore((state) => state.participantsOpen);
  const setOpen = useUiStore((state) => state.setParticipantsOpen);
  const setNameDialogOpen = useUiStore((state) => state.setNameDialogOpen);
  const roundMark = useRoundMarks();
  if (!open) return null;
  return (
    <aside
      id={PARTICIPANTS_PANEL_ID}
      className="side-panel participants-panel"
      aria-labelledby="participants-heading"
      data-testid="participants-panel"
    >
      <div className="side-panel__header">
        <h2 id="participants-heading" className="side-panel__title">
          {t('participants.heading')} ({participants.length})
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('participants.close')}
          onClick={() => setOpen(false)}
          data-testid="participants-close"
        >
          ×
        </button>
      </div>
      <ul className="participants-panel__list">
        {participants.map((participant, index) => (
          <li
            key={participant.id}
            className="participant"
            data-testid="participant"
            data-role={participant.role}
            data-self={participant.isSelf}
            data-round={roundMark(participant) ?? undefined}
          >
            <span
              className="participant__colour"
              style={{ background: participant.color }}
              aria-hidden="true"
            />
            <span className="participant__name">
              {participant.name}{' '}
              {participant.isSelf && (
                <span className="participant__you">{t('participants.you')}</span>
              )}
              <RoundMarkTag mark={roundMark(participant)} />
              <PrivateCountTag userId={participant.id} role={participant.role} />
            </span>
            <span className="participant__role">{t(ROLE_LABELS[participant.role])}</span>
            <ParticipantExtras participant={participant} index={index} />
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--small"
        onClick={() => setNameDialogOpen(true)}
        data-testid="change-name"
      >
        {t('name.change')}
      </button>
    </aside>
  );
}
