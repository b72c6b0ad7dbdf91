import { Role, findWerkvorm } from '@werkbord/shared';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ExportMenu } from '../export/ExportMenu';
import { BoardDeleteButton } from '../snapshots/BoardDelete';
import { SnapshotsButton } from '../snapshots/SnapshotsButton';
import { useLocalized, useT } from '../i18n/useT';
import type { Participant } from '../sync/participants';
import { SettingsButton } from '../werkvorm/panels/SettingsButton';
import { ConnectionBadge } from './ConnectionBadge';
import { ParticipantsButton } from './ParticipantsButton';
import { RoleBadge } from './RoleBadge';

interface BoardHeaderProps {
  title: string;
  werkvorm: string;
  role: Role;
  participants: Participant[];
  boardId: string;
  token: string;
}

export function BoardHeader({
  title,
  werkvorm,
  role,
  participants,
  boardId,
  token,
}: BoardHeaderProps) {
  const t = useT();
  const localized = useLocalized();
  const definition = findWerkvorm(werkvorm);
  const werkvormName = definition ? localized(definition.name) : werkvorm;
  return (
    <header className="board-header">
      <div className="board-header__identity">
        <img
          className="board-header__logo"
          src="/favicon.svg"
          alt={t('app.name')}
          width="28"
          height="28"
        />
        <div className="board-header__titles">
          <h1 className="board-header__title" data-testid="board-title" title={title}>
            {title}
          </h1>
          <span className="board-header__werkvorm" data-testid="board-werkvorm">
            {t('board.werkvorm', { name: werkvormName })}
          </span>
        </div>
      </div>
      <div className="board-header__status">
        <RoleBadge role={role} />
        <ConnectionBadge />
        <ParticipantsButton count={participants.length} />
        <ExportMenu boardId={boardId} token={token} title={title} werkvormName={werkvormName} />
        <SnapshotsButton />
        {role === Role.Facilitator && <SettingsButton />}
        {role === Role.Facilitator && <BoardDeleteButton boardId={boardId} token={token} />}
      </div>
      <div className="board-header__language">
        <LanguageSwitch />
      </div>
    </header>
  );
}
