import { Role } from '@werkbord/shared';
import { useT } from '../i18n/useT';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { LockIcon } from '../components/icons';
import { useControlStore } from '../control/controlStore';
import { selectLocked } from '../control/controlSelectors';

/** Tells everyone but the begeleider why nothing can be changed right now. */
export function BoardLockedNotice() {
  const t = useT();
  const locked = useControlStore(selectLocked);
  const role = useWerkvormStore((state) => state.role);
  if (!locked || role === Role.Facilitator) return null;
  return (
    <div
      className="notice notice--warning locked-notice"
      role="status"
      data-testid="board-locked-notice"
    >
      <span className="locked-notice__text">
        <LockIcon />
        {t('facilitation.lock.notice')}
      </span>
      <span className="locked-notice__detail">{t('facilitation.lock.noticeDetail')}</span>
    </div>
  );
}
