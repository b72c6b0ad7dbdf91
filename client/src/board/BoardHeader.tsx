import { Role, findWerkvorm } from '@werkbord/shared';
import { LanguageSwitch } from '../components/LanguageSwitch';
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
}

export function BoardHeader({ title, werkvorm, role, participants }: BoardHeaderProps) {
  const t = useT();
  const localized = useLocalized();
  const definition = findWerkvorm(werkvorm);
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
            {t('board.werkvorm', { name: definition ? localized(definition.name) : werkvorm })}
          </span>
        </div>
      </div>
      <div className="board-header__status">
        <RoleBadge role={role} />
        <ConnectionBadge />
        <ParticipantsButton count={participants.length} />
        {role === Role.Facilitator && <SettingsButton />}
      </div>
      <div className="board-header__language">
        <LanguageSwitch />
      </div>
    </header>
  );
}
