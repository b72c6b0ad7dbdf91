import { Role } from '@werkbord/shared';
import { selectPrivateWriting } from '../control/controlSelectors';
import { useControlStore } from '../control/controlStore';
import { useT } from '../i18n/useT';
import { PrivateIcon } from '../components/sessionIcons';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { usePrivateWritingStore } from './privateWritingStore';

/**
 * The bar under the facilitation row while "privé schrijven" is on, in the words of each role,
 * and afterwards for anyone who still has private cards (the begeleider switched it off without
 * revealing): nobody should think the others can read them.
 */
export function PrivateWritingNotice() {
  const t = useT();
  const active = useControlStore(selectPrivateWriting);
  const count = usePrivateWritingStore((state) => state.privateIds.size);
  const role = useWerkvormStore((state) => state.role);
  if (!active && count === 0) return null;
  const text = !active
    ? t('private.leftOver')
    : role === Role.Facilitator
      ? t('private.noticeFacilitator')
      : role === Role.Viewer
        ? t('private.noticeViewer')
        : t('private.notice');
  return (
    <div
      className="notice private-notice"
      role="status"
      data-testid="private-writing-notice"
      data-active={active}
      data-count={count}
    >
      <span className="private-notice__text">
        <PrivateIcon />
        {text}
      </span>
      {count > 0 && <span className="private-notice__detail">{t('private.count', { count })}</span>}
    </div>
  );
}
