import '../styles/facilitation.css';
import { Role } from '@werkbord/shared';
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { useUiStore } from '../state/uiStore';
import { keepKeysFromCanvas } from '../components/keepKeysFromCanvas';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { BoardLockedNotice } from './BoardLockedNotice';
import { FacilitatorTools } from './FacilitatorTools';
import { FollowMeNotice, useFollowMeNoticeShown } from './FollowMeNotice';
import { RoundPanel } from './RoundPanel';
import { TimerControls } from './SessionTimer';

/** The id of the begeleider's row of tools, which the header's fold button controls. */
export const FACILITATION_TOOLS_ID = 'facilitation-tools';

/**
 * The begeleider's row of session tools (the timer's buttons, lock, "iedereen naar mij", rondje,
 * and the `tools` of other session features: privé schrijven, stemmen) in the board's header; folded away with the header's fold button. The
 * countdown itself is in the header row, for everyone.
 */
export function FacilitationBar({ tools }: { tools?: ReactNode }) {
  const t = useT();
  const facilitator = useWerkvormStore((state) => state.role === Role.Facilitator);
  const open = useUiStore((state) => state.toolsOpen);
  if (!facilitator) return null;
  return (
    <section
      id={FACILITATION_TOOLS_ID}
      className="facilitation-bar"
      aria-label={t('facilitation.region')}
      data-testid="facilitation-bar"
      hidden={!open}
      {...keepKeysFromCanvas}
    >
      <div className="facilitation-bar__timer">
        <TimerControls />
      </div>
      <FacilitatorTools>{tools}</FacilitatorTools>
    </section>
  );
}

/** The lines under the header the session adds: following the begeleider, the lock, the rondje. */
export function FacilitationNotices() {
  const followNotice = useFollowMeNoticeShown();
  return (
    <>
      {followNotice && (
        <div className="notice follow-notice-bar" {...keepKeysFromCanvas}>
          <FollowMeNotice />
        </div>
      )}
      <BoardLockedNotice />
      <RoundPanel />
    </>
  );
}
