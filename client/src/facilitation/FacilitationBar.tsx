import '../styles/facilitation.css';
import { Role } from '@werkbord/shared';
import { useT } from '../i18n/useT';
import { keepKeysFromCanvas } from '../werkvorm/panels/keepKeysFromCanvas';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { BoardLockedNotice } from './BoardLockedNotice';
import { useFacilitationStore } from './facilitationStore';
import { FacilitatorTools } from './FacilitatorTools';
import { FollowMeNotice, useFollowMeNoticeShown } from './FollowMeNotice';
import { RoundPanel } from './RoundPanel';
import { SessionTimer } from './SessionTimer';

/**
 * The facilitation row between the steps bar and the canvas. The begeleider always has it (timer,
 * lock, "iedereen naar mij", rondje); everyone else sees it only while there is something to see
 * (a running timer, a follow), plus the lock notice and the rondje when those are on.
 */
export function FacilitationBar() {
  const t = useT();
  const facilitator = useWerkvormStore((state) => state.role === Role.Facilitator);
  const timerOn = useFacilitationStore((state) => state.session.timer.status !== 'idle');
  const followNotice = useFollowMeNoticeShown();
  const shown = facilitator || timerOn || followNotice;
  return (
    <>
      {shown && (
        <section
          className="facilitation-bar"
          aria-label={t('facilitation.region')}
          data-testid="facilitation-bar"
          data-facilitator={facilitator}
          {...keepKeysFromCanvas}
        >
          <SessionTimer />
          {facilitator ? <FacilitatorTools /> : <FollowMeNotice />}
        </section>
      )}
      <BoardLockedNotice />
      <RoundPanel />
    </>
  );
}
