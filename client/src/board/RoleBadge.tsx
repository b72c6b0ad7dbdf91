import { Role } from '@werkbord/shared';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/nl';

const LABELS: Record<Role, MessageKey> = {
  [Role.Facilitator]: 'role.facilitator',
  [Role.Participant]: 'role.participant',
  [Role.Viewer]: 'role.viewer',
};

/** Which link I opened the board with; viewers read "Meekijker — alleen lezen". */
export function RoleBadge({ role }: { role: Role }) {
  const t = useT();
  return (
    <span className="badge role-badge" data-role={role} data-testid="role-badge">
      {t(LABELS[role])}
    </span>
  );
}
