/**
 * The board's chrome above the canvas, as compact as the screen allows: one row on a projector
 * (title, step, timer, status, actions), two on a laptop, and on a phone a title line and a step
 * line. Below the row: the step's guidance when unfolded, and the begeleider's tools, which the
 * fold button puts away. The grid areas per screen size are in `board.css`.
 */
import { Role, findWerkvorm } from '@werkbord/shared';
import type * as Y from 'yjs';
import { FACILITATION_TOOLS_ID, FacilitationBar } from '../facilitation/FacilitationBar';
import { JoinButton } from '../join/JoinButton';
import { SessionTimer } from '../facilitation/SessionTimer';
import { useLocalized, useT } from '../i18n/useT';
import { PresentButton } from '../presentation/PresentButton';
import { PrivateWritingTools } from '../private/PrivateWritingTools';
import { useUiStore } from '../state/uiStore';
import type { Participant } from '../sync/participants';
import { VotingTools } from '../voting/VotingTools';
import { StepDetails, StepsPanel } from '../werkvorm/panels/StepsPanel';
import { AnonymousBadge } from './AnonymousBadge';
import { BoardActions } from './BoardActions';
import { ConnectionBadge } from './ConnectionBadge';
import { ParticipantsButton } from './ParticipantsButton';
import { RoleBadge } from './RoleBadge';

/** The begeleider's tools of the session features besides facilitation, in its bar. */
function sessionTools(boardId: string, token: string) {
  return (
    <>
      <JoinButton boardId={boardId} token={token} />
      <PrivateWritingTools />
      <VotingTools />
    </>
  );
}

interface BoardHeaderProps {
  title: string;
  werkvorm: string;
  role: Role;
  participants: Participant[];
  boardId: string;
  token: string;
  /** The control document; `null` while the session starts. */
  controlDoc: Y.Doc | null;
}

export function BoardHeader({
  title,
  werkvorm,
  role,
  participants,
  boardId,
  token,
  controlDoc,
}: BoardHeaderProps) {
  const t = useT();
  const localized = useLocalized();
  const definition = findWerkvorm(werkvorm);
  const werkvormName = definition ? localized(definition.name) : werkvorm;
  const facilitator = role === Role.Facilitator;
  return (
    <header
      className="board-header"
      data-facilitator={facilitator}
      data-has-steps={(definition?.steps.length ?? 0) > 0}
      data-testid="board-header"
    >
      <div className="board-header__row board-header__row--top">
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
        <div className="board-header__end">
          <div className="board-header__status">
            <RoleBadge role={role} />
            <AnonymousBadge />
            <ConnectionBadge />
            <ParticipantsButton count={participants.length} />
          </div>
          <BoardActions
            role={role}
            boardId={boardId}
            token={token}
            title={title}
            werkvorm={werkvorm}
            werkvormName={werkvormName}
          />
          <PresentButton />
          {facilitator && <ToolsToggle />}
        </div>
      </div>
      <div className="board-header__row board-header__row--session">
        <div className="board-header__step">
          <StepsPanel controlDoc={controlDoc} />
        </div>
        <div className="board-header__timer">
          <SessionTimer />
        </div>
      </div>
      <div className="board-header__details">
        <StepDetails />
      </div>
      <div className="board-header__tools">
        <FacilitationBar tools={sessionTools(boardId, token)} />
      </div>
    </header>
  );
}

/** Folds the begeleider's tools (and the guidance) away, so the chrome is one compact row. */
function ToolsToggle() {
  const t = useT();
  const open = useUiStore((state) => state.toolsOpen);
  const setOpen = useUiStore((state) => state.setToolsOpen);
  const setDetailsOpen = useUiStore((state) => state.setStepDetailsOpen);
  const label = open ? t('board.chrome.collapse') : t('board.chrome.expand');
  const toggle = () => {
    setOpen(!open);
    if (open) setDetailsOpen(false);
  };
  return (
    <button
      type="button"
      className="badge tools-toggle"
      aria-expanded={open}
      aria-controls={FACILITATION_TOOLS_ID}
      aria-label={label}
      title={label}
      onClick={toggle}
      data-testid="chrome-collapse"
    >
      <span className="tools-toggle__chevron" aria-hidden="true" />
    </button>
  );
}
